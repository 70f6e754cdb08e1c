using Vigie.Storage.Findings;
using Vigie.TestSupport.Storage;

namespace Vigie.Alerts.Tests.Support;

/// <summary>Findings recorded as the pipeline records them, for the alert tests.</summary>
internal static class AlertFindings
{
    /// <summary>Records a look-alike of en-marche.fr seen now by a CT log.</summary>
    public static async Task<long> RecordAsync(this OrganisationStore store, string name, int score = 80, bool? live = null)
    {
        var report = new FindingReport(store.Organisation.Id, name, "en-marche.fr", ["combosquatting"], score, $"{name} adds a word to en-marche.fr",
            SourceKind.Ct, "test#1", DateTimeOffset.UtcNow, live);
        return (await store.Store.Findings.RecordAsync([report], CancellationToken.None))[0].FindingId;
    }
}
