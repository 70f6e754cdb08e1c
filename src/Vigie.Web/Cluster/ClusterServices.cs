using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Vigie.Storage.Database;
using Vigie.Storage.Investigations;
using Vigie.Web.Hosting;

namespace Vigie.Web.Cluster;

/// <summary>
/// With a `nats:` section, the investigation queue is JetStream's (registered after the background work, so it
/// replaces the database queue) and the sources page shows its dead letters, with "retry". Without one, nothing changes.
/// </summary>
internal static class ClusterServices
{
    public static IServiceCollection AddVigieCluster(this IServiceCollection services, ServeConfig config)
    {
        if (config.Nats is not { } nats)
        {
            return services;
        }

        return services
            .AddSingleton(_ => NatsConnector.Create(nats, config.Role))
            .AddSingleton<INatsJSContext>(p => new NatsJSContext(p.GetRequiredService<NatsConnection>()))
            .AddSingleton<IDeadLetters>(p => new JetStreamDeadLetters(p.GetRequiredService<INatsJSContext>()))
            .AddSingleton(p => new DeadLetterRetry(p.GetRequiredService<INatsJSContext>(), p.GetRequiredService<VigieDatabase>(), p.GetRequiredService<TimeProvider>()))
            .AddSingleton<IInvestigationQueue>(p => new JetStreamInvestigationQueue(p.GetRequiredService<INatsJSContext>(), nats,
                p.GetRequiredService<VigieDatabase>(), p.GetRequiredService<TimeProvider>(), p.GetRequiredService<ILoggerFactory>().CreateLogger("Vigie.Queue")));
    }
}
