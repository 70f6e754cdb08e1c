using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Takedowns;
using Vigie.Web.Html;
using Vigie.Web.Security;

namespace Vigie.Web.Findings;

/// <summary>The findings pages, their evidence files and the triage form.</summary>
internal static class FindingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Redirect("/findings")).ExcludeFromDescription();
        app.MapGet("/findings", FindingsPage.GetAsync).ExcludeFromDescription();
        app.MapGet("/findings/{id:long}", async (long id, HttpContext context, IFindingRepository findings, IObservationRepository observations, ITriageRepository triage, EvidenceStore evidence, ITakedownRepository takedowns, Hosting.ServeConfig config) =>
            await FindingDetails.LoadAsync(id, findings, observations, triage, evidence, context.RequestAborted) is { } details
                ? FindingView.Render(Ui.For(context), details with
                {
                    Decoys = await Decoys.DecoyPanel.LoadAsync(id, context), Takedowns = await takedowns.ListAsync(id, context.RequestAborted), CanSendTakedown = config.Smtp is not null,
                })
                : NotFound(context)).ExcludeFromDescription();
        app.MapGet("/findings/{id:long}/evidence/{sha}", EvidenceFile.GetAsync).ExcludeFromDescription();
        app.MapGet("/findings/{id:long}/evidence.zip", EvidenceFile.ZipAsync).ExcludeFromDescription();
        app.MapPost("/findings/{id:long}/triage", TriageAsync).RequireAuthorization(Policies.Analyst).ExcludeFromDescription();
        app.MapPost("/findings/{id:long}/takedown", Takedowns.TakedownEndpoint.DraftAsync).RequireAuthorization(Policies.Analyst).ExcludeFromDescription();
    }

    public static IResult NotFound(HttpContext context)
    {
        var ui = Ui.For(context);
        return Layout.Page(ui, ui.T("Error.NotFound"), new HtmlBuilder().Append($"<p class=\"card\">{ui.T("Error.NotFound")}</p>").ToFragment(), StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> TriageAsync(
        long id, HttpContext context, IFindingRepository findings, IObservationRepository observations, ITriageRepository triage, EvidenceStore evidence)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        try
        {
            var (state, comment) = TriageRequest.Parse(form["state"], form["comment"]);
            if (await triage.ChangeStateAsync(id, state, Actors.Of(context.User), comment, context.RequestAborted) is null)
            {
                return NotFound(context);
            }

            return Results.Redirect($"/findings/{id}");
        }
        catch (BadQueryException e)
        {
            return await FindingDetails.LoadAsync(id, findings, observations, triage, evidence, context.RequestAborted) is { } details
                ? FindingView.Render(Ui.For(context), details, e.Message, StatusCodes.Status400BadRequest)
                : NotFound(context);
        }
    }
}
