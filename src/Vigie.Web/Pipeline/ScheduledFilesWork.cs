using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Vigie.Sources.Http;
using Vigie.Storage.Findings;
using Vigie.Storage.Sources;
using Vigie.Web.Hosting;
using Vigie.Web.Pipeline.Lists;
using Vigie.Web.Pipeline.Scheduling;
using Vigie.Web.Pipeline.Zones;

namespace Vigie.Web.Pipeline;

/// <summary>NRD lists (the `nrd:` section) or zone files (`zones:`, their versions kept in DATA/zones) on a schedule, when the configuration has the section.</summary>
internal sealed class ScheduledFilesWork(
    SourceKind kind, Func<ServeConfig, FileSourceSettings?> section, Func<ServeConfig, string, IHttpDownloader, PipelineContext, ISourceRoundRepository, IScheduledFile> open) : IBackgroundWork
{
    public static ScheduledFilesWork Nrd { get; } = new(SourceKind.Nrd, config => config.Nrd,
        (_, location, http, context, rounds) => new NrdListIngestion(location, http, context, rounds));

    public static ScheduledFilesWork Zones { get; } = new(SourceKind.Zone, config => config.Zones,
        (config, location, http, context, rounds) => new ZoneFileIngestion(location, Path.Combine(config.DataFolder, "zones"), http, context, rounds));

    public void Register(IServiceCollection services, ServeConfig config)
    {
        if (section(config) is { } settings)
        {
            services.AddSingleton<IHostedService>(provider =>
            {
                var (context, rounds) = (provider.GetRequiredService<PipelineContext>(), provider.GetRequiredService<ISourceRoundRepository>());
                return new ScheduledFilesService(settings, kind, (location, http) => open(config, location, http, context, rounds), context, rounds);
            });
        }
    }
}
