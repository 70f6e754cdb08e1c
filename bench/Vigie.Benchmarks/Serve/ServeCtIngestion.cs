using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.TestSupport;
using Vigie.TestSupport.CertificateTransparency;

namespace Vigie.Benchmarks.Serve;

/// <summary>
/// Whole-pipeline CT ingestion of `vigie serve` (bench/serve/ct-ingest.sh): `serve-ct VIGIE ENTRIES ORGANISATIONS`.
/// A local RFC 6962 log holds ENTRIES certificates (one lookalike of en-marche.fr in every 100, the rest benign
/// shop names); the real `vigie serve` process follows it from entry 0 into a fresh SQLite
/// store with ORGANISATIONS organisations, and the time runs from the process start to the log's position stored
/// at its end. Entries per second = ENTRIES / that time (process start and log description included).
/// </summary>
internal static class ServeCtIngestion
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (vigie, entries, organisations) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
        using var folder = new TempFolder();
        var database = folder.File("vigie.db");
        await using (var store = VigieDatabase.Open(database))
        {
            await Migrator.MigrateAsync(store, CancellationToken.None);
            var repository = new FindingsStore(store, TimeProvider.System).Organisations;
            for (var o = 0; o < organisations; o++)
            {
                await repository.CreateAsync(new OrganisationDraft($"org{o}", $"Organisation {o}", "UTC", "domains:\n  - en-marche.fr\n"), CancellationToken.None);
            }
        }

        await using var log = await LocalCtLog.StartAsync(LocalCtLogKind.Rfc6962);
        var lookalikes = 0;
        for (var i = 0; i < entries; i++)
        {
            if (i % 100 == 99)
            {
                log.AddCertificate(string.Create(CultureInfo.InvariantCulture, $"login{i}-en-marche.fr"));
                lookalikes++;
            }
            else
            {
                log.AddCertificate(string.Create(CultureInfo.InvariantCulture, $"shop{i}.example.org"));
            }
        }

        var config = folder.File("vigie.yaml");
        await File.WriteAllTextAsync(config, $"data: {folder.Path}\nlisten: http://127.0.0.1:0\nct:\n  logs: [{log.Prefix}]\n  start: beginning\n  poll: 0.1\n  rate: 1000\n");
        var clock = Stopwatch.StartNew();
        using var serve = Process.Start(new ProcessStartInfo(vigie, ["serve", "--config", config]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        serve.BeginErrorReadLine();
        serve.BeginOutputReadLine();
        while (Position(database) < entries)
        {
            if (serve.HasExited)
            {
                throw new InvalidOperationException($"vigie serve exited with {serve.ExitCode}");
            }

            await Task.Delay(20);
        }

        var elapsed = clock.Elapsed;
        var findings = Count(database, "SELECT COUNT(*) FROM findings");
        serve.Kill();
        await serve.WaitForExitAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{entries} entries, {organisations} organisations: {elapsed.TotalSeconds:0.00} s, {entries / elapsed.TotalSeconds:0} entries/s, {findings} findings stored ({lookalikes * organisations} expected)"));
        return findings == lookalikes * organisations ? 0 : 1;
    }

    private static long Position(string database) =>
        File.Exists(database) ? Count(database, "SELECT COALESCE(MAX(position), 0) FROM source_status WHERE kind = 'ct'") : 0;

    private static long Count(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
