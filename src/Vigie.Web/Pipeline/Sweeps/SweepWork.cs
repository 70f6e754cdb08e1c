using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Vigie.Storage.Database;
using Vigie.Storage.Sources;
using Vigie.Web.Hosting;

namespace Vigie.Web.Pipeline.Sweeps;

/// <summary>
/// Scheduled sweeps of every organisation's permutations, when the configuration has a `sweeps:` section; with a `nats:`
/// section too, through the cluster's <see cref="SweepQueue"/> (Cluster/ClusterServices).
/// </summary>
internal sealed class SweepWork : IBackgroundWork
{
    public void Register(IServiceCollection services, ServeConfig config)
    {
        if (config.Sweeps is { } settings)
        {
            services.AddSingleton<IHostedService>(provider => new SweepService(settings, provider.GetRequiredService<PipelineContext>(),
                provider.GetRequiredService<ISourceRoundRepository>(), provider.GetRequiredService<VigieDatabase>(), provider.GetService<SweepQueue>()));
        }
    }
}
