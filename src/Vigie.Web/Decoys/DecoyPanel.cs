using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Vigie.Decoys.Submission;
using Vigie.Storage.Decoys;

namespace Vigie.Web.Decoys;

/// <summary>
/// What the finding page shows of decoys: those given to this finding, whether the "send decoys" action is available,
/// how many submissions are running (the kill switch), and a dry run's plan when one was just asked for.
/// </summary>
internal sealed record DecoyPanel(IReadOnlyList<Decoy> Decoys, bool SubmissionEnabled, int Running, int DefaultCount, IReadOnlyList<SubmissionResult>? DryRun = null)
{
    public static async Task<DecoyPanel> LoadAsync(long findingId, HttpContext context, IReadOnlyList<SubmissionResult>? dryRun = null)
    {
        var jobs = context.RequestServices.GetRequiredService<DecoyJobs>();
        var decoys = await context.RequestServices.GetRequiredService<IDecoyRepository>().ListAsync(findingId, context.RequestAborted);
        return new DecoyPanel(decoys, jobs.Settings.SubmissionEnabled, jobs.Running, jobs.Settings.Submission.Count, dryRun);
    }
}
