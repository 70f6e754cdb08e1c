using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Investigations;
using Vigie.Web.Hosting;

namespace Vigie.Web.Pipeline.Investigation;

/// <summary>Investigations and DNS re-checks, when the configuration has an `investigate:` section.</summary>
internal sealed class InvestigationWork : IBackgroundWork
{
    public void Register(IServiceCollection services, ServeConfig config)
    {
        if (config.Investigate is not { } settings)
        {
            return;
        }

        services.AddSingleton<IInvestigationQueue>(p => new DatabaseInvestigationQueue(p.GetRequiredService<VigieDatabase>(), p.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IHostedService>(p => new InvestigationService(settings, config.EvidenceFolder, config.DataFolder, p.GetRequiredService<PipelineContext>(),
            Store(p), p.GetRequiredService<IInvestigationQueue>()));
        services.AddSingleton<IHostedService>(p => new DnsRecheckService(settings, p.GetRequiredService<PipelineContext>(), Store(p), p.GetRequiredService<IInvestigationQueue>()));
    }

    private static FindingsStore Store(IServiceProvider provider) => new(provider.GetRequiredService<VigieDatabase>(), provider.GetRequiredService<TimeProvider>());
}
