using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigie.Storage;
using Vigie.Storage.Organisations;
using Vigie.Storage.Sources;
using Vigie.Web.Hosting;
using Vigie.Web.Security;

namespace Vigie.Web.Api;

/// <summary>/api/v1/organisations and /api/v1/sources.</summary>
internal static class OrganisationApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/organisations", async (IOrganisationRepository organisations, CancellationToken cancellationToken) =>
            TypedResults.Ok<IReadOnlyList<OrganisationJson>>([.. (await organisations.ListAsync(cancellationToken)).Select(ApiMapper.Organisation)]))
            .WithSummary("Every organisation with its watchlist.");
        api.MapGet("/organisations/{id:long}", async Task<Results<Ok<OrganisationJson>, NotFound>> (long id, IOrganisationRepository organisations, CancellationToken cancellationToken) =>
            await organisations.GetAsync(id, cancellationToken) is { } organisation ? TypedResults.Ok(ApiMapper.Organisation(organisation)) : TypedResults.NotFound())
            .WithSummary("One organisation.");
        api.MapPost("/organisations", CreateAsync).RequireAuthorization(Policies.Admin)
            .WithSummary("Adds an organisation; the watchlist is checked as the CLI checks it (admin).");
        api.MapPut("/organisations/{id:long}", UpdateAsync).RequireAuthorization(Policies.Analyst)
            .WithSummary("Replaces an organisation's name, time zone and watchlist (analyst or admin).");
        api.MapGet("/sources", async (ISourceStatusRepository sources, WorkerStatusRegistry workers, CancellationToken cancellationToken) =>
            TypedResults.Ok(new SourcesJson([.. (await sources.ListAsync(cancellationToken)).Select(ApiMapper.Source)], [.. workers.All().Select(ApiMapper.Worker)])))
            .WithSummary("Each source's position, lag, last success and last error, and the background services of this server.");
    }

    private static async Task<Results<Created<OrganisationJson>, BadRequest<ApiErrorJson>>> CreateAsync(
        OrganisationInputJson body, IOrganisationRepository organisations, CancellationToken cancellationToken)
    {
        try
        {
            var created = await organisations.CreateAsync(new OrganisationDraft(body.Slug ?? "", body.Name, body.TimeZone, body.Watchlist), cancellationToken);
            return TypedResults.Created($"/api/v1/organisations/{created.Id}", ApiMapper.Organisation(created));
        }
        catch (RejectedException e)
        {
            return TypedResults.BadRequest(new ApiErrorJson(e.Message));
        }
    }

    private static async Task<Results<Ok<OrganisationJson>, NotFound, BadRequest<ApiErrorJson>>> UpdateAsync(
        long id, OrganisationInputJson body, IOrganisationRepository organisations, CancellationToken cancellationToken)
    {
        var current = await organisations.GetAsync(id, cancellationToken);
        if (current is null)
        {
            return TypedResults.NotFound();
        }

        try
        {
            var updated = await organisations.UpdateAsync(id, new OrganisationDraft(current.Slug, body.Name, body.TimeZone, body.Watchlist), cancellationToken);
            return updated is null ? TypedResults.NotFound() : TypedResults.Ok(ApiMapper.Organisation(updated));
        }
        catch (RejectedException e)
        {
            return TypedResults.BadRequest(new ApiErrorJson(e.Message));
        }
    }
}
