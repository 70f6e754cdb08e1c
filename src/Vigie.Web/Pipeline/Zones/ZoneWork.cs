using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Vigie.Storage.Findings;
using Vigie.Storage.Sources;
using Vigie.Web.Hosting;
using Vigie.Web.Pipeline.Scheduling;

namespace Vigie.Web.Pipeline.Zones;

/// <summary>Zone files on a schedule, when the configuration has a `zones:` section; their versions are kept in DATA/zones.</summary>
internal sealed class ZoneWork : IBackgroundWork
{
    /// <summary>Registries publish their zones once a day.</summary>
    public const string DefaultSchedule = "@daily";

    public void Register(IServiceCollection services, ServeConfig config)
    {
        if (config.Zones is { } settings)
        {
            var folder = Path.Combine(config.DataFolder, "zones");
            services.AddSingleton<IHostedService>(provider =>
            {
                var (context, rounds) = (provider.GetRequiredService<PipelineContext>(), provider.GetRequiredService<ISourceRoundRepository>());
                return new ScheduledFilesService(settings, SourceKind.Zone, (location, http) => new ZoneFileIngestion(location, folder, http, context, rounds), context, rounds);
            });
        }
    }
}
