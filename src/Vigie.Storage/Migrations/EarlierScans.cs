using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Vigie.Core.Matching;
using Vigie.Core.Watchlists;
using Vigie.Storage.Database;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Storage.Scans;

namespace Vigie.Storage.Migrations;

/// <summary>
/// Every name a scan ever found registered (scan_names with a first seen) becomes a finding of the organisation of
/// its scan target, with its last DNS answer as an observation; every investigation (scan_assessments) becomes a
/// verdict observation, with the evidence items of its manifest when the manifest file is still there.
/// </summary>
internal static class EarlierScans
{
    public static async Task UpgradeAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var names = await ReadAsync(connection, transaction, """
            SELECT target, name, status, records, first_seen, last_seen FROM scan_names WHERE first_seen IS NOT NULL ORDER BY target, name
            """, cancellationToken);
        var assessments = await ReadAsync(connection, transaction, """
            SELECT target, name, investigated_at, verdict, score, evidence FROM scan_assessments ORDER BY target, name, investigated_at
            """, cancellationToken);
        var organisations = new Dictionary<string, (long Id, Matcher Matcher)>(StringComparer.Ordinal);
        async Task<(long Id, Matcher Matcher)> OrganisationOf(string target)
        {
            if (!organisations.TryGetValue(target, out var found))
            {
                found = (await OrganisationResolver.ForDomainAsync(connection, transaction, target, now, cancellationToken),
                    Matcher.Build(WatchlistLoader.FromDomains([target]), MatcherOptions.Default with { MinScore = 0 }));
                organisations[target] = found;
            }

            return found;
        }

        await using var writer = new FindingWriter(connection, transaction);
        var findings = new Dictionary<(string Target, string Name), long>();
        foreach (var row in names)
        {
            var (target, name) = (row[0]!, row[1]!);
            var (organisation, matcher) = await OrganisationOf(target);
            var firstSeen = StoredTime.Parse(row[4]!);
            var lastSeen = row[5] is { } last ? StoredTime.Parse(last) : firstSeen;
            var status = StatusText.Parse(row[2]!);
            var report = SweepReport.Create(matcher, organisation, target, name, [], firstSeen, live: false);
            await writer.RecordAsync(report, cancellationToken);
            var id = (await writer.RecordAsync(report with { SeenAt = lastSeen, Live = status == Enrichment.Dns.NameStatus.Registered }, cancellationToken)).FindingId;
            findings[(target, name)] = id;
            await ObservationWriter.AddAsync(connection, transaction, id, DnsObservation.Create(status, RecordText.Read(row[3]!), lastSeen), cancellationToken);
        }

        foreach (var row in assessments)
        {
            var (target, name) = (row[0]!, row[1]!);
            var at = StoredTime.Parse(row[2]!);
            if (!findings.TryGetValue((target, name), out var id))
            {
                var (organisation, matcher) = await OrganisationOf(target);
                id = (await writer.RecordAsync(SweepReport.Create(matcher, organisation, target, name, [], at, live: true), cancellationToken)).FindingId;
                findings[(target, name)] = id;
            }

            await ObservationWriter.AddAsync(connection, transaction, id, Verdict(row[3]!, int.Parse(row[4]!, CultureInfo.InvariantCulture), row[5], at), cancellationToken);
        }
    }

    private static ObservationDraft Verdict(string verdict, int score, string? manifest, DateTimeOffset at)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("verdict", verdict);
            json.WriteNumber("score", score);
            json.WriteString("evidence", manifest);
            json.WriteEndObject();
        }

        return new ObservationDraft(ObservationKind.Verdict, at, string.Create(CultureInfo.InvariantCulture, $"{verdict}, risk {score}"),
            System.Text.Encoding.UTF8.GetString(buffer.ToArray()), Items(manifest), new FindingVerdict(verdict, score));
    }

    /// <summary>The evidence items the manifest names; none when it was moved or cannot be read (its path stays in the payload).</summary>
    private static IReadOnlyList<EvidenceItem> Items(string? manifest)
    {
        try
        {
            return manifest is not null && File.Exists(manifest)
                ? JsonSerializer.Deserialize(File.ReadAllBytes(manifest), EvidenceJsonContext.Default.EvidenceManifest)?.Items ?? []
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return [];
        }
    }

    /// <summary>Every row as text (numbers included), read before anything is written on the same connection.</summary>
    internal static async Task<List<string?[]>> ReadAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        var rows = new List<string?[]>();
        await using var select = connection.Command(sql, transaction);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }
}
