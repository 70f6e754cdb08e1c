using System.Data.Common;
using System.Globalization;
using Vigie.Core.Domains;
using Vigie.Storage.Database;

namespace Vigie.Storage.Findings;

/// <summary>
/// Records finding reports inside a caller's transaction, so that a writer can store findings together with its own
/// state (a watch batch with its log position, a migration with its version row). Commands are prepared once per writer.
/// </summary>
internal sealed class FindingWriter : IAsyncDisposable
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

    private readonly DbCommand insert;
    private readonly DbCommand update;
    private readonly DbCommand source;

    public FindingWriter(DbConnection connection, DbTransaction transaction)
    {
        insert = Parameters(connection.Command(Insert, transaction)).With("@u", null);
        update = Parameters(connection.Command(Update, transaction));
        source = connection.Command(AddSource, transaction).With("@f", null).With("@k", null).With("@d", null).With("@at", null);
    }

    public async Task<FindingRecorded> RecordAsync(FindingReport report, CancellationToken cancellationToken)
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
        return new FindingRecorded(id, created is not null and not DBNull);
    }

    public async ValueTask DisposeAsync()
    {
        await insert.DisposeAsync();
        await update.DisposeAsync();
        await source.DisposeAsync();
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
}
