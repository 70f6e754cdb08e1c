using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigie.Alerts.Delivery;
using Vigie.Storage.Database;
using Vigie.Web.Cluster;
using Vigie.Web.Hosting;

namespace Vigie.Web.Alerts;

/// <summary>Alerts, when the configuration has an `alerts:` section; links point at public_url, else the first listen address.</summary>
internal sealed class AlertsWork : IBackgroundWork
{
    public void Register(IServiceCollection services, ServeConfig config)
    {
        if (config.Alerts is not { } settings)
        {
            return;
        }

        var dashboard = config.PublicUrl ?? new Uri(config.Listen[0].Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://[::1]", StringComparison.Ordinal));
        services.AddSingleton<IHostedService>(provider =>
        {
            var time = provider.GetRequiredService<TimeProvider>();
            var status = new AlertStatus(provider.GetRequiredService<WorkerStatusRegistry>(), provider.GetRequiredService<ILoggerFactory>().CreateLogger("Vigie.Alerts"), time);
            var alerts = settings with { DashboardUrl = new Uri(dashboard.ToString().TrimEnd('/') + "/"), Smtp = config.Smtp, TakedownFollowUp = config.Takedown.FollowUp };
            // With a `nats:` section, the dispatcher hands its channels' batches over to whichever web process is free.
            var queue = provider.GetService<JetStreamAlertQueue>();
            return new AlertsService(new AlertDispatcher(alerts, provider.GetRequiredService<VigieDatabase>(), status, time, queue is null ? null : c => queue.Publisher(c, status)),
                queue?.Worker(alerts, status));
        });
    }
}
