using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Vigie.Storage.Database;
using Vigie.Storage.Investigations;
using Vigie.Storage.Organisations;
using Vigie.Storage.Sources;
using Vigie.Web.Hosting;
using Vigie.Web.Pipeline;
using Vigie.Web.Pipeline.Sweeps;

namespace Vigie.Web.Cluster;

/// <summary>
/// With a `nats:` section, the investigation queue is JetStream's (registered after the background work, so it
/// replaces the database queue), due sweeps and alerts to send go through JetStream's sweep and alert queues, and the
/// sources page shows the dead letters, an investigation's with "retry". Without one, nothing changes.
/// </summary>
internal static class ClusterServices
{
    public static IServiceCollection AddVigieCluster(this IServiceCollection services, ServeConfig config)
    {
        if (config.Nats is not { } nats)
        {
            return services;
        }

        if (config.Sweeps is { } sweeps)
        {
            services.AddSingleton(p => new SweepQueue(
                new JetStreamSweepPublisher(p.GetRequiredService<INatsJSContext>(), nats, sweeps, p.GetRequiredService<ISourceRoundRepository>(), p.GetRequiredService<TimeProvider>()),
                new JetStreamSweepWorker(p.GetRequiredService<INatsJSContext>(), nats, sweeps, p.GetRequiredService<VigieDatabase>(), p.GetRequiredService<IOrganisationRepository>(),
                    p.GetRequiredService<ISourceRoundRepository>(), p.GetRequiredService<PipelineContext>())));
        }

        return services
            .AddSingleton(p => new JetStreamAlertQueue(p.GetRequiredService<INatsJSContext>(), nats, p.GetRequiredService<VigieDatabase>(), p.GetRequiredService<TimeProvider>(),
                p.GetRequiredService<ILoggerFactory>()))
            .AddSingleton(_ => NatsConnector.Create(nats, config.Role))
            .AddSingleton<INatsJSContext>(p => new NatsJSContext(p.GetRequiredService<NatsConnection>()))
            .AddSingleton<IDeadLetters>(p => new JetStreamDeadLetters(p.GetRequiredService<INatsJSContext>()))
            .AddSingleton(p => new DeadLetterRetry(p.GetRequiredService<INatsJSContext>(), p.GetRequiredService<VigieDatabase>(), p.GetRequiredService<TimeProvider>()))
            .AddSingleton<IInvestigationQueue>(p => new JetStreamInvestigationQueue(p.GetRequiredService<INatsJSContext>(), nats,
                p.GetRequiredService<VigieDatabase>(), p.GetRequiredService<TimeProvider>(), p.GetRequiredService<ILoggerFactory>().CreateLogger("Vigie.Queue")));
    }
}
