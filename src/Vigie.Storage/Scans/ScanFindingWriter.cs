using System.Data.Common;
using System.Globalization;
using Vigie.Enrichment.Dns;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;

namespace Vigie.Storage.Scans;

/// <summary>
/// A scan batch in the findings store, inside the batch's transaction: each registered name is reported by the sweep
/// (last seen and live move with every run), each change of its DNS answer is an observation, and a name gone is no
/// longer live.
/// </summary>
internal static class ScanFindingWriter
{
    public static async Task SaveAsync(DbConnection connection, DbTransaction transaction, ScanFindings findings,
        IReadOnlyList<(NameState State, NameChange? Change)> batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var writer = new FindingWriter(connection, transaction);
        await using var gone = connection.Command("UPDATE findings SET live = 0 WHERE organisation_id = @o AND name = @n RETURNING id", transaction)
            .With("@o", findings.OrganisationId).With("@n", null);
        foreach (var (state, change) in batch)
        {
            long? id = null;
            if (state.Observed == NameStatus.Registered)
            {
                var seen = state.LastSeen ?? now;
                var report = SweepReport.Create(findings.Matcher, findings.OrganisationId, findings.Target, state.Name,
                    findings.Techniques.GetValueOrDefault(state.Name) ?? [], seen, live: true, findings.SweptBy);
                id = (await writer.RecordAsync(report, cancellationToken)).FindingId;
            }
            else if (change == NameChange.Gone)
            {
                gone.Set("@n", state.Name);
                id = await gone.ExecuteScalarAsync(cancellationToken) is { } found and not DBNull ? Convert.ToInt64(found, CultureInfo.InvariantCulture) : null;
            }

            if (id is { } finding && change is not null)
            {
                var at = state.Observed == NameStatus.Registered ? state.LastSeen ?? now : now;
                await ObservationWriter.AddAsync(connection, transaction, finding, DnsObservation.Create(state.Observed, state.Records, at), cancellationToken);
            }
        }
    }
}
