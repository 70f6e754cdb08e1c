using Microsoft.Extensions.Logging;
using Vigie.Decoys.Submission;
using Vigie.Storage.Decoys;
using Vigie.Storage.Findings;

namespace Vigie.Web.Decoys;

/// <summary>
/// The submissions `vigie serve` runs in the background, started from a finding's page, and their kill switch: one
/// press stops every one of them (the wait between two decoys or the request in flight). Each submission ends on its
/// own when done; a stopped one keeps what it already recorded.
/// </summary>
internal sealed class DecoyJobs(IDecoyRepository decoys, IFindingRepository findings, DecoySettings settings, TimeProvider time, ILogger<DecoyJobs> log)
{
    private readonly KillSwitch kill = new();
    private int running;

    public int Running => Volatile.Read(ref running);

    public DecoySettings Settings => settings;

    /// <summary>Checks the plan (submission on, finding confirmed) and starts it; the error when it cannot run.</summary>
    public async Task<string?> StartAsync(SubmissionPlan plan, CancellationToken cancellationToken)
    {
        if (!settings.SubmissionEnabled)
        {
            return "decoy submission is off: set 'submission: on' in the decoys section of the configuration";
        }

        if (await findings.GetAsync(plan.FindingId, cancellationToken) is not { State: TriageState.ConfirmedPhishing })
        {
            return "decoys go only to findings confirmed as phishing";
        }

        var token = kill.Token;
        Interlocked.Increment(ref running);
        _ = Task.Run(async () =>
        {
            try
            {
                await Submitter().RunAsync(plan, settings.Pattern, result =>
                {
                    log.LogInformation("decoy {Decoy} for finding {Finding}: {Status}", result.Username, plan.FindingId, result.Status);
                    return Task.CompletedTask;
                }, token);
            }
            catch (OperationCanceledException)
            {
                log.LogWarning("decoy submission to finding {Finding} stopped by the kill switch", plan.FindingId);
            }
            catch (Exception e) when (e is ArgumentException or System.Data.Common.DbException)
            {
                log.LogError("decoy submission to finding {Finding} failed: {Error}", plan.FindingId, e.Message);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }, CancellationToken.None);
        return null;
    }

    /// <summary>A dry run, at once: what would be posted to the page, nothing sent or stored.</summary>
    public Task<IReadOnlyList<SubmissionResult>> DryRunAsync(SubmissionPlan plan, CancellationToken cancellationToken) =>
        Submitter().RunAsync(plan with { DryRun = true }, settings.Pattern, _ => Task.CompletedTask, cancellationToken);

    public void StopAll()
    {
        kill.Trip();
        log.LogWarning("decoy kill switch: every submission stopped");
    }

    private DecoySubmitter Submitter() => new(decoys, findings, settings.Submission, time);
}
