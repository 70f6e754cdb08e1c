using System.Data.Common;
using System.Globalization;
using Vigie.Core.Domains;
using Vigie.Storage.Database;
using Vigie.Storage.Sources;

namespace Vigie.Storage.Findings;

/// <summary>Findings in SQLite or PostgreSQL, with the same SQL for both (<see cref="VigieDatabase"/>).</summary>
internal sealed class FindingRepository(VigieDatabase database, TimeProvider time) : IFindingRepository
{
    // Insert first: a new name costs one statement, a known one two; both dialects accept this pair as is, which
    // "RETURNING (xmax = 0)" (PostgreSQL only) would not.
    private const string Insert = """
        INSERT INTO findings (organisation_id, name, unicode, target, techniques, score, explanation, first_seen, last_seen, live, source_kinds, state, state_changed_at)
        VALUES (@o, @n, @u, @t, @q, @s, @e, @at, @at, CASE WHEN @live < 0 THEN 0 ELSE @live END, @kind, 'new', @at)
        ON CONFLICT (organisation_id, name) DO NOTHING RETURNING id
        """;

    // Every SET expression reads the row as it was, so the CASEs compare with the old score and times.
    private const string Update = """
        UPDATE findings SET
            target = CASE WHEN @s > score THEN @t ELSE target END,
            techniques = CASE WHEN @s > score THEN @q ELSE techniques END,
            explanation = CASE WHEN @s > score THEN @e ELSE explanation END,
            score = CASE WHEN @s > score THEN @s ELSE score END,
            first_seen = CASE WHEN @at < first_seen THEN @at ELSE first_seen END,
            last_seen = CASE WHEN @at > last_seen THEN @at ELSE last_seen END,
            live = CASE WHEN @live < 0 OR @at < last_seen THEN live ELSE @live END,
            source_kinds = source_kinds | @kind
        WHERE organisation_id = @o AND name = @n RETURNING id
        """;

    private const string AddSource = """
        INSERT INTO finding_sources (finding_id, kind, detail, seen_at) VALUES (@f, @k, @d, @at) ON CONFLICT (finding_id, kind, detail) DO NOTHING
        """;

    public Task<IReadOnlyList<FindingRecorded>> RecordAsync(IReadOnlyList<FindingReport> reports, CancellationToken cancellationToken) =>
        reports.Count == 0 ? Task.FromResult<IReadOnlyList<FindingRecorded>>([]) : RecordCoreAsync(reports, null, cancellationToken);

    public Task<IReadOnlyList<FindingRecorded>> RecordAsync(IReadOnlyList<FindingReport> reports, SourceProgress progress, CancellationToken cancellationToken) =>
        RecordCoreAsync(reports, progress, cancellationToken);

    private async Task<IReadOnlyList<FindingRecorded>> RecordCoreAsync(IReadOnlyList<FindingReport> reports, SourceProgress? progress, CancellationToken cancellationToken)
    {
        var recorded = new List<FindingRecorded>(reports.Count);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = Parameters(connection.Command(Insert, transaction)).With("@u", null);
        await using var update = Parameters(connection.Command(Update, transaction));
        await using var source = connection.Command(AddSource, transaction).With("@f", null).With("@k", null).With("@d", null).With("@at", null);
        foreach (var report in reports)
        {
            Set(insert, report);
            insert.Set("@u", report.Unicode ?? Unicode(report.Name));
            var created = await insert.ExecuteScalarAsync(cancellationToken);
            long id;
            if (created is not null and not DBNull)
            {
                id = Convert.ToInt64(created, CultureInfo.InvariantCulture);
            }
            else
            {
                Set(update, report);
                id = Convert.ToInt64(await update.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            }

            source.Set("@f", id);
            source.Set("@k", StoredEnum<SourceKind>.Format(report.Source));
            source.Set("@d", report.SourceDetail);
            source.Set("@at", StoredTime.Format(report.SeenAt));
            await source.ExecuteNonQueryAsync(cancellationToken);
            recorded.Add(new FindingRecorded(id, created is not null and not DBNull));
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
        await using var count = connection.Command("");
        count.CommandText = "SELECT COUNT(*) FROM findings f" + FindingFilter.Where(query, count);
        var total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        var items = new List<Finding>(size);
        if (total > (long)(page - 1) * size)
        {
            await using var select = connection.Command("");
            select.CommandText = $"SELECT {FindingRows.Columns} FROM {FindingRows.From}{FindingFilter.Where(query, select)}{FindingFilter.OrderBy(query)} LIMIT @limit OFFSET @offset";
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

    private static DbCommand Parameters(DbCommand command) =>
        command.With("@o", null).With("@n", null).With("@t", null).With("@q", null).With("@s", null).With("@e", null)
            .With("@at", null).With("@live", null).With("@kind", null);

    private static void Set(DbCommand command, FindingReport report)
    {
        command.Set("@o", report.OrganisationId);
        command.Set("@n", report.Name.ToLowerInvariant());
        command.Set("@t", report.Target);
        command.Set("@q", string.Join(',', report.Techniques));
        command.Set("@s", (long)report.Score);
        command.Set("@e", report.Explanation);
        command.Set("@at", StoredTime.Format(report.SeenAt));
        command.Set("@live", report.Live switch { true => 1L, false => 0L, null => -1L });
        command.Set("@kind", SourceKindBits.Of(report.Source));
    }

    private static string Unicode(string name)
    {
        try
        {
            return Idn.ToUnicode(name.ToLowerInvariant());
        }
        catch (DomainNameException)
        {
            return name.ToLowerInvariant(); // bad punycode: the ASCII form is all there is to show
        }
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
