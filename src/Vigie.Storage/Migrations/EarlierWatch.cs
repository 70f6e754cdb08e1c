using System.Data.Common;
using System.Globalization;
using System.Text;
using Vigie.Core.Watchlists;
using Vigie.Storage.CertificateTransparency;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;

namespace Vigie.Storage.Migrations;

/// <summary>
/// Every watch_findings row becomes a finding: of the organisation whose watchlist has its target, else of one
/// organisation made for the rest ("watch", its watchlist the remaining targets). Each watch_positions row becomes
/// the source's status. CT sources name the log by its id where the position table knows it ("LOG_ID#INDEX").
/// </summary>
internal static class EarlierWatch
{
    public static async Task UpgradeAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var positions = await EarlierScans.ReadAsync(connection, transaction, "SELECT source_id, label, next_index, size, updated_at FROM watch_positions", cancellationToken);
        await using (var insert = connection.Command("""
            INSERT INTO source_status (source_id, kind, label, position, size, last_success_at, updated_at) VALUES (@id, @k, @l, @p, @s, @at, @at)
            ON CONFLICT (source_id) DO NOTHING
            """, transaction).With("@id", null).With("@k", null).With("@l", null).With("@p", null).With("@s", null).With("@at", null))
        {
            foreach (var row in positions)
            {
                insert.Set("@id", row[0]);
                insert.Set("@k", row[0]!.StartsWith("ct:", StringComparison.Ordinal) ? "ct" : "nrd");
                insert.Set("@l", row[1]);
                insert.Set("@p", long.Parse(row[2]!, CultureInfo.InvariantCulture));
                insert.Set("@s", long.Parse(row[3]!, CultureInfo.InvariantCulture));
                insert.Set("@at", StoredTime.Format(StoredTime.Parse(row[4]!)));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var logIds = positions.Where(p => p[0]!.StartsWith("ct:", StringComparison.Ordinal))
            .GroupBy(p => p[1]!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First()[0]![3..], StringComparer.Ordinal);
        var rows = await EarlierScans.ReadAsync(connection, transaction,
            "SELECT name, target, techniques, score, explanation, source, found_at FROM watch_findings ORDER BY found_at, name", cancellationToken);
        var owners = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var target in rows.Select(r => r[1]!).Distinct(StringComparer.Ordinal))
        {
            await using var select = connection.Command("SELECT MIN(organisation_id) FROM organisation_domains WHERE domain = @d", transaction).With("@d", target.ToLowerInvariant());
            if (await select.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull)
            {
                owners[target] = Convert.ToInt64(id, CultureInfo.InvariantCulture);
            }
        }

        var rest = rows.Select(r => r[1]!).Where(t => !owners.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        long? watch = rest.Count == 0 ? null : await WatchOrganisationAsync(connection, transaction, rest, now, cancellationToken);
        await using var writer = new FindingWriter(connection, transaction);
        foreach (var row in rows)
        {
            var (kind, detail) = WatchSourceText.Parse(row[5]!, WatchSourceText.LogName(row[5]!) is { } log ? logIds.GetValueOrDefault(log) : null);
            await writer.RecordAsync(new FindingReport(owners.TryGetValue(row[1]!, out var owner) ? owner : watch!.Value, row[0]!, row[1]!,
                row[2]!.Split(',', StringSplitOptions.RemoveEmptyEntries), int.Parse(row[3]!, CultureInfo.InvariantCulture), row[4]!, kind, detail,
                StoredTime.Parse(row[6]!)), cancellationToken);
        }
    }

    private static async Task<long> WatchOrganisationAsync(DbConnection connection, DbTransaction transaction, List<string> targets, DateTimeOffset now, CancellationToken cancellationToken)
    {
        static string Item(string text) => "  - \"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"\n";
        var domains = targets.Where(t => t.Contains('.', StringComparison.Ordinal)).ToList();
        var brands = targets.Except(domains).ToList();
        var text = new StringBuilder("organisation: watch\n");
        text.Append(domains.Count == 0 ? "" : "domains:\n" + string.Concat(domains.Select(Item)));
        text.Append(brands.Count == 0 ? "" : "brands:\n" + string.Concat(brands.Select(Item)));
        Watchlist watchlist;
        try
        {
            watchlist = WatchlistLoader.Parse(text.ToString(), "watch");
        }
        catch (WatchlistException)
        {
            // A target the watchlist rules refuse as a domain is kept as a brand: nothing is lost, the text stays valid.
            text = new StringBuilder("organisation: watch\nbrands:\n" + string.Concat(targets.Select(Item)));
            watchlist = WatchlistLoader.Parse(text.ToString(), "watch");
        }

        return await OrganisationResolver.ForWatchlistAsync(connection, transaction, watchlist, text.ToString(), now, cancellationToken);
    }
}
