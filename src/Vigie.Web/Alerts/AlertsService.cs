using Microsoft.Extensions.Hosting;
using Vigie.Alerts.Delivery;

namespace Vigie.Web.Alerts;

/// <summary>Runs the alert dispatcher for as long as `vigie serve` runs; SIGTERM stops it between two deliveries.</summary>
internal sealed class AlertsService(AlertDispatcher dispatcher) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await dispatcher.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what was not delivered stays in the outbox for the next start.
        }
    }
}
