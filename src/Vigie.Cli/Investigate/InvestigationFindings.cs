using Vigie.Enrichment.Investigation;
using Vigie.Storage;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;

namespace Vigie.Cli.Investigate;

/// <summary>
/// Keeps an investigation in the findings store: on the organisation's finding of that name, or on a new one
/// reported by hand ("vigie investigate") when no source reported it yet.
/// </summary>
internal static class InvestigationFindings
{
    public static async Task SaveAsync(FindingsStore store, long organisationId, InvestigationReport report, InvestigateJson json,
        IReadOnlyList<EvidenceItem> evidence, CancellationToken cancellationToken)
    {
        var id = (await store.Findings.FindAsync(organisationId, report.Domain, cancellationToken))?.Id;
        if (id is null)
        {
            var match = report.Match;
            var manual = new FindingReport(organisationId, report.Domain, match?.Target ?? "", match?.Techniques ?? [], match?.Score ?? 0,
                match?.Explanation ?? "investigated by hand", SourceKind.Manual, "vigie investigate", report.StartedAt);
            id = (await store.Findings.RecordAsync([manual], cancellationToken))[0].FindingId;
        }

        foreach (var observation in InvestigationObservations.Create(report, json, evidence))
        {
            await store.Observations.AddAsync(id.Value, observation, cancellationToken);
        }
    }
}
