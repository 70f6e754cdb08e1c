using Microsoft.Extensions.DependencyInjection;
using Vigie.Storage.Decoys;
using Vigie.Storage.Digests;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Storage.Sources;
using Vigie.Storage.Takedowns;
using Vigie.Storage.Users;

namespace Vigie.Web.Hosting;

/// <summary>The store's repositories over the one database of the host.</summary>
internal static class DataServices
{
    public static IServiceCollection AddVigieData(this IServiceCollection services) => services
        .AddSingleton<IFindingRepository, FindingRepository>()
        .AddSingleton<IObservationRepository, ObservationRepository>()
        .AddSingleton<ITriageRepository, TriageRepository>()
        .AddSingleton<IOrganisationRepository, OrganisationRepository>()
        .AddSingleton<IUserRepository, UserRepository>()
        .AddSingleton<IApiTokenRepository, ApiTokenRepository>()
        .AddSingleton<ISourceStatusRepository, SourceStatusRepository>()
        .AddSingleton<ISourceRoundRepository, SourceRoundRepository>()
        .AddSingleton<IDecoyRepository, DecoyRepository>()
        .AddSingleton<ITakedownRepository, TakedownRepository>()
        .AddSingleton<IDigestRunRepository, DigestRunRepository>();
}
