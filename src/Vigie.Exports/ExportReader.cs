using System.Runtime.CompilerServices;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;

namespace Vigie.Exports;

/// <summary>
/// Streams the findings of an <see cref="ExportFilter"/> in id order with their DNS and HTTP observations: two
/// readers over the same filter, one of findings and one of observations ordered by finding, merged as they go, so
/// an export of 100,000 findings is two queries and holds one finding at a time.
/// </summary>
internal sealed class ExportReader(FindingsStore store)
{
    /// <summary>Checks the filter (the organisation exists) before anything is written; <see cref="ExportException"/> otherwise.</summary>
    public async Task<ExportSelection> SelectAsync(ExportFilter filter, CancellationToken cancellationToken)
    {
        var organisations = await store.Organisations.ListAsync(cancellationToken);
        Organisation? organisation = null;
        if (filter.Organisation is { } slug)
        {
            organisation = organisations.FirstOrDefault(o => string.Equals(o.Slug, slug.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new ExportException($"--organisation: no organisation '{slug}' (known: {string.Join(", ", organisations.Select(o => o.Slug))})");
        }

        var query = new FindingQuery(
            OrganisationId: organisation?.Id,
            States: filter.States ?? ExportFilter.DefaultStates,
            MinScore: filter.MinScore,
            FirstSeenFrom: filter.Since);
        return new ExportSelection(query, organisation, organisations.ToDictionary(o => o.Id));
    }

    public async IAsyncEnumerable<ExportedFinding> ReadAsync(ExportSelection selection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var findingConnection = await store.Database.OpenConnectionAsync(cancellationToken);
        await using var observationConnection = await store.Database.OpenConnectionAsync(cancellationToken);
        await using var findings = findingConnection.Command("");
        findings.CommandText = $"SELECT {FindingRows.Columns} FROM {FindingRows.From}{FindingFilter.Where(selection.Query, findings)} ORDER BY f.id";
        await using var observations = observationConnection.Command("");
        var where = FindingFilter.Where(selection.Query, observations);
        observations.CommandText = "SELECT o.finding_id, o.kind, o.payload FROM observations o JOIN findings f ON f.id = o.finding_id"
            + where + (where.Length == 0 ? " WHERE " : " AND ") + "o.kind IN ('dns', 'http') ORDER BY o.finding_id, o.observed_at, o.id";
        await using var findingRows = await findings.ExecuteReaderAsync(cancellationToken);
        await using var observationRows = await observations.ExecuteReaderAsync(cancellationToken);
        var pending = await observationRows.ReadAsync(cancellationToken);
        while (await findingRows.ReadAsync(cancellationToken))
        {
            var finding = FindingRows.Read(findingRows);
            var values = new ObservedValues();
            while (pending && observationRows.GetInt64(0) <= finding.Id)
            {
                if (observationRows.GetInt64(0) == finding.Id)
                {
                    values.Add(observationRows.GetString(1), observationRows.GetString(2));
                }

                pending = await observationRows.ReadAsync(cancellationToken);
            }

            yield return new ExportedFinding(finding, selection.Organisations[finding.OrganisationId], values.Addresses, values.Urls);
        }
    }
}
