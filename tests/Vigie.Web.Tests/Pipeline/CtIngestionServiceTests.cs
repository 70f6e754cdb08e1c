using System.Globalization;
using Npgsql;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;
using Vigie.TestSupport.CertificateTransparency;
using Vigie.Web.Pipeline;
using Vigie.Web.Tests.Support;

namespace Vigie.Web.Tests.Pipeline;

/// <summary>
/// One ingest worker per CT log on PostgreSQL (issue 15): the worker following a log holds its advisory lock; when that
/// lock's session is ended under it (pg_terminate_backend, as a server restart or a network cut would), the worker
/// notices, stops following and stands by, the log is taken again from its stored position, and every lookalike is
/// stored once.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CtIngestionServiceTests(PostgresServer postgres)
{
    private static readonly string[] Lookalikes = ["login-en-marche.fr", "secure-en-marche.fr", "mail-en-marche.com", "account-en-marche.net",
        "verify-en-marche.org", "support-en-marche.info", "webmail-en-marche.eu", "portal-en-marche.co"];

    [Fact]
    public async Task ExecuteAsync_LockSessionTerminated_HolderStopsAndEveryLookalikeStoredOnce()
    {
        var (connection, _) = await PipelineWorker.DatabaseAsync(postgres);
        await using var log = await LocalCtLog.StartAsync(LocalCtLogKind.Rfc6962);
        for (var i = 0; i < Lookalikes.Length; i++)
        {
            for (var b = 0; b < 3; b++)
            {
                log.AddCertificate(string.Create(CultureInfo.InvariantCulture, $"shop{i}-{b}.example.org"));
            }

            log.AddCertificate(Lookalikes[i]);
        }

        // Two entries an answer, half a second each: the log takes its follower about ten seconds.
        log.MaxEntriesPerAnswer = 2;
        log.AnswerDelay = TimeSpan.FromMilliseconds(500);
        var settings = new CtSettings { LogUrls = [log.Prefix], FromBeginning = true, Poll = TimeSpan.FromMilliseconds(100), Retries = 1, MaxBackoff = TimeSpan.FromSeconds(2) };
        await using var first = await PipelineWorker.StartAsync(connection, (database, _, context) => new CtIngestionService(settings, context, database));
        await Poll.UntilAsync(() => Scalar(connection, "SELECT COALESCE(MAX(position), 0) FROM source_status WHERE kind = 'ct'") > 0, TimeSpan.FromSeconds(60));
        await using var second = await PipelineWorker.StartAsync(connection, (database, _, context) => new CtIngestionService(settings, context, database));

        var holder = Scalar(connection, "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted");
        Scalar(connection, string.Create(CultureInfo.InvariantCulture, $"SELECT COUNT(*) FROM (SELECT pg_terminate_backend({holder})) t"));
        var terminatedAt = Scalar(connection, "SELECT position FROM source_status WHERE kind = 'ct'");
        await Poll.UntilAsync(() => Scalar(connection, "SELECT position FROM source_status WHERE kind = 'ct'") == log.Size
            && Scalar(connection, "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted") == 1, TimeSpan.FromSeconds(120));

        Assert.True(terminatedAt < log.Size, "the log was read to its end before the lock's session could be ended");
        Assert.NotEqual(holder, Scalar(connection, "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"));
        Assert.Contains("lost its database session", Text(connection, "SELECT last_error FROM source_status WHERE kind = 'ct'"), StringComparison.Ordinal);
        Assert.Equal(Lookalikes.Order(StringComparer.Ordinal), Texts(connection, "SELECT name FROM findings").Order(StringComparer.Ordinal));
        Assert.Equal(Lookalikes.Length, Scalar(connection, "SELECT COUNT(*) FROM finding_sources WHERE kind = 'ct'"));
    }

    private static long Scalar(string connection, string sql) => Convert.ToInt64(Texts(connection, sql).Single(), CultureInfo.InvariantCulture);

    private static string Text(string connection, string sql) => Texts(connection, sql).Single();

    private static List<string> Texts(string connection, string sql)
    {
        using var open = new NpgsqlConnection(connection);
        open.Open();
        using var select = new NpgsqlCommand(sql, open);
        using var reader = select.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return rows;
    }
}
