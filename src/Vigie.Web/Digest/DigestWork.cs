using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigie.Mail;
using Vigie.Storage.Digests;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Web.Hosting;

namespace Vigie.Web.Digest;

/// <summary>The digest in `vigie serve`: its service for the dashboard's preview and "send now", and the schedule when an `smtp:` section lets it send.</summary>
internal sealed class DigestWork : IBackgroundWork
{
    public void Register(IServiceCollection services, ServeConfig config)
    {
        services.AddSingleton(provider => new DigestService(
            new DigestLoader(provider.GetRequiredService<IFindingRepository>(), provider.GetRequiredService<IObservationRepository>(), provider.GetRequiredService<EvidenceStore>()),
            config.Digest, config.Smtp, config.PublicUrl, provider.GetRequiredService<TimeProvider>()));
        if (config.Smtp is { } smtp)
        {
            services.AddSingleton<IMailSender>(provider => new SmtpMailSender(smtp, provider.GetRequiredService<TimeProvider>()));
            services.AddSingleton<IHostedService>(provider => new DigestScheduler(
                provider.GetRequiredService<DigestService>(),
                provider.GetRequiredService<IOrganisationRepository>(),
                provider.GetRequiredService<IDigestRunRepository>(),
                provider.GetRequiredService<IMailSender>(),
                provider.GetRequiredService<WorkerStatusRegistry>(),
                provider.GetRequiredService<ILoggerFactory>().CreateLogger("Vigie.Digest")));
        }
    }
}
