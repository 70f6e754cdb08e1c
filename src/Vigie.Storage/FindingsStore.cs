using Vigie.Storage.Database;
using Vigie.Storage.Decoys;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Storage.Sources;
using Vigie.Storage.Takedowns;
using Vigie.Storage.Users;

namespace Vigie.Storage;

/// <summary>Every repository of the findings store over one database: what the hosts (CLI, serve, web) hand around.</summary>
internal sealed class FindingsStore(VigieDatabase database, TimeProvider time)
{
    public VigieDatabase Database => database;

    public IOrganisationRepository Organisations { get; } = new OrganisationRepository(database, time);

    public IFindingRepository Findings { get; } = new FindingRepository(database, time);

    public IObservationRepository Observations { get; } = new ObservationRepository(database);

    public ITriageRepository Triage { get; } = new TriageRepository(database, time);

    public IUserRepository Users { get; } = new UserRepository(database, time);

    public IApiTokenRepository Tokens { get; } = new ApiTokenRepository(database, time);

    public ISourceStatusRepository Sources { get; } = new SourceStatusRepository(database, time);

    public IDecoyRepository Decoys { get; } = new DecoyRepository(database, time);
    public ITakedownRepository Takedowns { get; } = new TakedownRepository(database, time);
}
