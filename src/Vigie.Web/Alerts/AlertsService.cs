using Microsoft.Extensions.Hosting;
using Vigie.Alerts.Delivery;
using Vigie.Web.Cluster;

namespace Vigie.Web.Alerts;

/// <summary>
/// Runs the alert dispatcher for as long as `vigie serve` runs, and in a cluster the worker sending the batches the
/// dispatchers hand over through JetStream; SIGTERM stops them between two deliveries.
/// </summary>
internal sealed class AlertsService(AlertDispatcher dispatcher, JetStreamAlertWorker? worker = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(dispatcher.RunAsync(stoppingToken), worker?.ConsumeAsync(stoppingToken) ?? Task.CompletedTask);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what was not delivered stays in the outbox for the next start.
        }
    }
}
