using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Vigie.Storage.Findings;
using Vigie.Storage.Sources;
using Vigie.Web.Hosting;
using Vigie.Web.Pipeline.Scheduling;

namespace Vigie.Web.Pipeline.Lists;

/// <summary>NRD lists on a schedule, when the configuration has an `nrd:` section.</summary>
internal sealed class NrdWork : IBackgroundWork
{
    /// <summary>Lists come out daily at hours of their own; a list fetched again unchanged is not read again.</summary>
    public const string DefaultSchedule = "@hourly";

    public void Register(IServiceCollection services, ServeConfig config)
    {
        if (config.Nrd is { } settings)
        {
            services.AddSingleton<IHostedService>(provider =>
            {
                var (context, rounds) = (provider.GetRequiredService<PipelineContext>(), provider.GetRequiredService<ISourceRoundRepository>());
                return new ScheduledFilesService(settings, SourceKind.Nrd, (location, http) => new NrdListIngestion(location, http, context, rounds), context, rounds);
            });
        }
    }
}
