using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Storage.Sources;
using Vigie.Web.Hosting;

namespace Vigie.Web.Pipeline;

/// <summary>What the pipeline's services share, registered once whatever services the configuration turns on.</summary>
internal static class PipelineServices
{
    /// <summary>How soon a watchlist edited on the dashboard reaches the sources.</summary>
    private static readonly TimeSpan WatchlistRefresh = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddVigiePipeline(this IServiceCollection services) => services
        .AddSingleton(provider => new OrganisationMatchers(provider.GetRequiredService<IOrganisationRepository>(), provider.GetRequiredService<TimeProvider>(), WatchlistRefresh))
        .AddSingleton(provider => new PipelineContext(
            provider.GetRequiredService<IFindingRepository>(),
            provider.GetRequiredService<ISourceStatusRepository>(),
            provider.GetRequiredService<OrganisationMatchers>(),
            provider.GetRequiredService<WorkerStatusRegistry>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger("Vigie.Pipeline")));
}
