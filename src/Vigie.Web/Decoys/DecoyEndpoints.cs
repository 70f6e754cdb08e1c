using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigie.Decoys.Submission;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Web.Findings;
using Vigie.Web.Html;
using Vigie.Web.Security;

namespace Vigie.Web.Decoys;

/// <summary>The dashboard's decoy actions: "send decoys" on a confirmed finding (or its dry run), and the kill switch; analysts and admins.</summary>
internal static class DecoyEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/findings/{id:long}/decoys", SendAsync).RequireAuthorization(Policies.Analyst).ExcludeFromDescription();
        app.MapPost("/decoys/stop", async (HttpContext context, DecoyJobs jobs) =>
        {
            jobs.StopAll();
            var back = (await context.Request.ReadFormAsync(context.RequestAborted))["back"].ToString();
            return Results.Redirect(back.StartsWith("/findings/", StringComparison.Ordinal) ? back : "/findings");
        }).RequireAuthorization(Policies.Analyst).ExcludeFromDescription();
    }

    private static async Task<IResult> SendAsync(
        long id, HttpContext context, DecoyJobs jobs, IFindingRepository findings, IObservationRepository observations, ITriageRepository triage, EvidenceStore evidence)
    {
        var details = await FindingDetails.LoadAsync(id, findings, observations, triage, evidence, context.RequestAborted);
        if (details is null)
        {
            return FindingEndpoints.NotFound(context);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var count = int.TryParse(form["count"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100 ? n : 0;
        var page = Uri.TryCreate(form["page"].ToString().Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;
        string? error = count == 0 ? "count: from 1 to 100" : page is null ? "page: an http(s) address" : null;
        if (error is null)
        {
            var plan = new SubmissionPlan(id, page!, details.Finding.Target, count, form["dry_run"] == "1", Actors.Of(context.User).Name);
            if (plan.DryRun && jobs.Settings.SubmissionEnabled && details.Finding.State == TriageState.ConfirmedPhishing)
            {
                var results = await jobs.DryRunAsync(plan, context.RequestAborted);
                return FindingView.Render(Ui.For(context), details with { Decoys = await DecoyPanel.LoadAsync(id, context, results) });
            }

            error = await jobs.StartAsync(plan, context.RequestAborted);
            if (error is null)
            {
                return Results.Redirect($"/findings/{id}");
            }
        }

        return FindingView.Render(Ui.For(context), details with { Decoys = await DecoyPanel.LoadAsync(id, context) }, error, StatusCodes.Status400BadRequest);
    }
}
