using Vigie.Alerts.Delivery;
using Vigie.Alerts.Settings;
using Vigie.Storage.Database;

namespace Vigie.Alerts.Tests.Support;

/// <summary>A dispatcher running as in `vigie serve`; disposing it stops it as SIGTERM does (a "restart" is a new one over the same database).</summary>
internal sealed class RunningDispatcher : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    public RunningDispatcher(AlertSettings settings, VigieDatabase database, RecordingStatus status)
    {
        running = Task.Run(() => new AlertDispatcher(settings, database, status, TimeProvider.System).RunAsync(stop.Token));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // stopped while waiting: what SIGTERM does too
        }

        stop.Dispose();
    }
}
