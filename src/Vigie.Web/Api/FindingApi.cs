using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Web.Findings;
using Vigie.Web.Security;

namespace Vigie.Web.Api;

/// <summary>/api/v1/findings: the list (the page's query parameters), one finding with its timeline, and triage.</summary>
internal static class FindingApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/findings", ListAsync).WithSummary("Findings, filtered, searched, sorted and paged like the dashboard's list.");
        api.MapGet("/findings/{id:long}", GetAsync).WithSummary("One finding with its sources, observations, evidence and triage history.");
        api.MapPost("/findings/{id:long}/triage", TriageAsync).RequireAuthorization(Policies.Analyst)
            .WithSummary("Moves a finding to a triage state with a comment (analyst or admin; a write-scoped token).");
    }

    private static async Task<Results<Ok<FindingListJson>, BadRequest<ApiErrorJson>>> ListAsync(
        HttpRequest request, IFindingRepository findings, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(ApiMapper.Page(await findings.ListAsync(FindingListRequest.Parse(request.Query), cancellationToken)));
        }
        catch (BadQueryException e)
        {
            return TypedResults.BadRequest(new ApiErrorJson(e.Message));
        }
    }

    private static async Task<Results<Ok<FindingDetailsJson>, NotFound>> GetAsync(
        long id, IFindingRepository findings, IObservationRepository observations, ITriageRepository triage, EvidenceStore evidence, CancellationToken cancellationToken) =>
        await FindingDetails.LoadAsync(id, findings, observations, triage, evidence, cancellationToken) is { } details
            ? TypedResults.Ok(ApiMapper.Details(details))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<TriageEventJson>, NotFound, BadRequest<ApiErrorJson>>> TriageAsync(
        long id, TriageJson body, HttpContext context, ITriageRepository triage)
    {
        try
        {
            var (state, comment) = TriageRequest.Parse(body.State, body.Comment);
            return await triage.ChangeStateAsync(id, state, Actors.Of(context.User), comment, context.RequestAborted) is { } change
                ? TypedResults.Ok(ApiMapper.Triage(change))
                : TypedResults.NotFound();
        }
        catch (BadQueryException e)
        {
            return TypedResults.BadRequest(new ApiErrorJson(e.Message));
        }
    }
}
