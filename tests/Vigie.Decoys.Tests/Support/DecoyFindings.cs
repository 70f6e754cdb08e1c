using Vigie.Storage.Findings;
using Vigie.TestSupport.Storage;

namespace Vigie.Decoys.Tests.Support;

/// <summary>Findings triaged by hand, for the decoy tests (decoys are sent only to confirmed phishing).</summary>
internal static class DecoyFindings
{
    public static async Task<long> ConfirmedFindingAsync(this OrganisationStore store, string name, TriageState state = TriageState.ConfirmedPhishing)
    {
        var id = (await store.Store.Findings.RecordAsync(
            [new FindingReport(store.Organisation.Id, name, "en-marche.fr", ["combosquat"], 90, "a lookalike", SourceKind.Manual, "test", DateTimeOffset.UtcNow)], CancellationToken.None))[0].FindingId;
        await store.Store.Triage.ChangeStateAsync(id, state, new Actor("test"), "", CancellationToken.None);
        return id;
    }
}
