using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Vigie.Storage.Database;
using Vigie.Web.Hosting;

namespace Vigie.Web.Pipeline;

/// <summary>CT ingestion, when the configuration has a `ct:` section.</summary>
internal sealed class CtWork : IBackgroundWork
{
    public void Register(IServiceCollection services, ServeConfig config)
    {
        if (config.Ct is { } settings)
        {
            services.AddSingleton<IHostedService>(provider => new CtIngestionService(settings, provider.GetRequiredService<PipelineContext>(), provider.GetRequiredService<VigieDatabase>()));
        }
    }
}
