using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigie.Storage.Decoys;
using Vigie.Storage.Findings;
using Vigie.Web.Hosting;

namespace Vigie.Web.Decoys;

/// <summary>
/// Decoys in `vigie serve`: the submissions started from the dashboard (always registered, refused while the
/// configuration does not turn submission on) and, when the `decoys:` section lists detectors, the log followers.
/// </summary>
internal sealed class DecoyWork : IBackgroundWork
{
    public void Register(IServiceCollection services, ServeConfig config)
    {
        var settings = config.Decoys ?? new DecoySettings();
        services.AddSingleton(provider => new DecoyJobs(provider.GetRequiredService<IDecoyRepository>(), provider.GetRequiredService<IFindingRepository>(), settings,
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<DecoyJobs>>()));
        if (settings.Detectors.Count > 0)
        {
            services.AddSingleton<IHostedService>(provider => new DecoyWatchService(settings, provider.GetRequiredService<IDecoyRepository>(),
                provider.GetRequiredService<IFindingRepository>(), provider.GetRequiredService<WorkerStatusRegistry>(), provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<DecoyWatchService>>()));
        }
    }
}
