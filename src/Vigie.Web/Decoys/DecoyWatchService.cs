using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigie.Decoys.Detection;
using Vigie.Storage.Decoys;
using Vigie.Storage.Findings;
using Vigie.Web.Hosting;

namespace Vigie.Web.Decoys;

/// <summary>
/// Follows the configured sign-in logs in `vigie serve` (README, "Decoys"): every decoy use goes to its finding's
/// timeline and to the log as a critical line, and the sources page shows the detector's state. Each file is read on
/// from where the last run stopped (<see cref="DecoyWatch"/>); a use already stored is not stored twice.
/// </summary>
internal sealed class DecoyWatchService(DecoySettings settings, IDecoyRepository decoys, IFindingRepository findings, WorkerStatusRegistry workers, TimeProvider time, ILogger<DecoyWatchService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var followers = settings.Detectors.SelectMany(d => d.Followers(time)).ToList();
        var name = "decoy detectors";
        try
        {
            var state = $"following {followers.Count} sign-in log(s): {string.Join(", ", followers.Select(f => f.Source))}";
            workers.Report(new WorkerStatus(name, state, time.GetUtcNow(), null, null, null));
            var watch = new DecoyWatch(decoys, new DecoyUseRecorder(decoys, findings, time), time);
            await watch.RunAsync(followers, alert =>
            {
                log.LogCritical("{Alert}", alert.Line);
                workers.Report(new WorkerStatus(name, $"{state}; last decoy use: {alert.Decoy.Username} at {alert.AttemptedAt:u}", time.GetUtcNow(), null, null, null));
                return Task.CompletedTask;
            }, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // SIGTERM.
        }
        catch (IOException e)
        {
            workers.Report(new WorkerStatus(name, "failing", null, e.Message, time.GetUtcNow(), null));
            log.LogError("decoy detectors stopped: {Error}", e.Message);
        }
        finally
        {
            followers.ForEach(f => f.Dispose());
        }
    }
}
