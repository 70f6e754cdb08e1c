using System.Data.Common;
using System.Globalization;
using Vigie.Storage.Database;
using Vigie.Storage.Sources;

namespace Vigie.Storage.Findings;

/// <summary>Findings in SQLite or PostgreSQL, with the same SQL for both (<see cref="VigieDatabase"/>).</summary>
internal sealed class FindingRepository(VigieDatabase database, TimeProvider time) : IFindingRepository
{
    public Task<IReadOnlyList<FindingRecorded>> RecordAsync(IReadOnlyList<FindingReport> reports, CancellationToken cancellationToken) =>
        reports.Count == 0 ? Task.FromResult<IReadOnlyList<FindingRecorded>>([]) : RecordCoreAsync(reports, null, cancellationToken);

    public Task<IReadOnlyList<FindingRecorded>> RecordAsync(IReadOnlyList<FindingReport> reports, SourceProgress progress, CancellationToken cancellationToken) =>
        RecordCoreAsync(reports, progress, cancellationToken);

    private async Task<IReadOnlyList<FindingRecorded>> RecordCoreAsync(IReadOnlyList<FindingReport> reports, SourceProgress? progress, CancellationToken cancellationToken)
    {
        var recorded = new List<FindingRecorded>(reports.Count);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var writer = new FindingWriter(connection, transaction))
        {
            foreach (var report in reports)
            {
                recorded.Add(await writer.RecordAsync(report, cancellationToken));
            }
        }

        if (progress is not null)
        {
            await using var save = SourceStatusRepository.With(connection.Command(SourceStatusRepository.Upsert, transaction), progress, time.GetUtcNow());
            await save.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return recorded;
    }

    public async Task<Finding?> GetAsync(long id, CancellationToken cancellationToken) =>
        await ReadOneAsync($"SELECT {FindingRows.Columns} FROM {FindingRows.From} WHERE f.id = @id", c => c.With("@id", id), cancellationToken);

    public async Task<Finding?> FindAsync(long organisationId, string name, CancellationToken cancellationToken) =>
        await ReadOneAsync($"SELECT {FindingRows.Columns} FROM {FindingRows.From} WHERE f.organisation_id = @o AND f.name = @n",
            c => c.With("@o", organisationId).With("@n", name.ToLowerInvariant()), cancellationToken);

    public async Task<FindingPage> ListAsync(FindingQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, FindingQuery.MaxPageSize);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var trigrams = await FindingSearch.TrigramsAsync(connection, database.Kind, query, cancellationToken);
        await using var count = connection.Command("");
        count.CommandText = "SELECT COUNT(*) FROM findings f" + FindingFilter.Where(query, count, trigrams);
        var total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        var items = new List<Finding>(size);
        if (total > (long)(page - 1) * size)
        {
            await using var select = connection.Command("");
            // The page's ids first, from the covering indexes of schema step 16, then only those rows: sorting whole
            // rows read through the filter cost a table read per matching finding. CROSS JOIN keeps the page as
            // SQLite's outer loop (sqlite.org/optoverview.html, "Manual Control Of Query Plans Using CROSS JOIN"):
            // with a plain join it tested every finding of the organisation against the page. PostgreSQL reads it
            // as an inner join with the same conditions.
            var order = FindingFilter.OrderBy(query);
            select.CommandText = $"SELECT {FindingRows.Columns} FROM (SELECT f.id FROM findings f{FindingFilter.Where(query, select, trigrams)}{order} LIMIT @limit OFFSET @offset) page CROSS JOIN findings f CROSS JOIN organisations o WHERE f.id = page.id AND o.id = f.organisation_id{order}";
            select.With("@limit", (long)size).With("@offset", (long)(page - 1) * size);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(FindingRows.Read(reader));
            }
        }

        return new FindingPage(items, total, page, size);
    }

    public async Task<IReadOnlyList<FindingSource>> SourcesAsync(long findingId, CancellationToken cancellationToken)
    {
        var sources = new List<FindingSource>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("SELECT kind, detail, seen_at FROM finding_sources WHERE finding_id = @f ORDER BY seen_at, kind, detail").With("@f", findingId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            sources.Add(new FindingSource(StoredEnum<SourceKind>.Parse(reader.GetString(0)), reader.GetString(1), StoredTime.Parse(reader.GetString(2))));
        }

        return sources;
    }

    public async Task SetLiveAsync(long findingId, bool live, DateTimeOffset checkedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var update = connection.Command("""
            UPDATE findings SET live = @live, last_seen = CASE WHEN @live = 1 AND @at > last_seen THEN @at ELSE last_seen END
            WHERE id = @id AND last_seen <= @at
            """).With("@live", live ? 1L : 0L).With("@at", StoredTime.Format(checkedAt)).With("@id", findingId);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<Finding?> ReadOneAsync(string sql, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command(sql);
        parameters(select);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? FindingRows.Read(reader) : null;
    }
}
