using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Vigie.Enrichment.Tests.Support;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;
using Vigie.TestSupport.CertificateTransparency;

namespace Vigie.Cli.Tests.Serve.Cluster;

/// <summary>
/// A cluster of `vigie serve` roles on one machine (issue 15, "Must show"): a PostgreSQL and a nats-server with JetStream
/// started by the test, a local CT log holding lookalikes of en-marche.fr among benign names, the lab's unbound resolving
/// every lookalike to the lab web server (127.0.6.3:80), except two resolving to a trap (127.0.6.4:80) that kills the
/// investigate worker asking for the page (found through /proc) and starts another in its place, as a supervisor would:
/// the victim's page once, the poison's page every time.
/// </summary>
internal sealed partial class ClusterLab : IAsyncDisposable
{
    public const int AckWaitSeconds = 3;
    public const int MaxDeliver = 2;
    private static readonly IPAddress Web = IPAddress.Parse("127.0.6.3");
    private static readonly IPAddress Trap = IPAddress.Parse("127.0.6.4");
    private readonly ConcurrentDictionary<int, (string Role, Process Process)> processes = new();
    private readonly List<IAsyncDisposable> parts = [];
    private readonly PostgresServer postgres = new();
    private int victimKilled;

    private ClusterLab(List<string> names) => Names = names;

    public TempFolder Folder { get; } = new();

    public string Config => Folder.File("vigie.yaml");

    public string Database { get; private set; } = "";

    public string NatsUrl { get; private set; } = "";

    public LocalCtLog Log { get; private set; } = null!;

    public List<string> Names { get; }

    /// <summary>Killed once in the middle of its page, then served.</summary>
    public string Victim => Names[1];

    /// <summary>Kills every worker that opens it: dead-lettered after <see cref="MaxDeliver"/> attempts.</summary>
    public string Poison => Names[2];

    /// <summary>Where each process started serves, by process id.</summary>
    public ConcurrentDictionary<int, Uri> Addresses { get; } = new();

    /// <summary>(host asked for, worker killed) for every kill of the trap.</summary>
    public ConcurrentQueue<(string Host, int Pid)> Kills { get; } = new();

    public static async Task<ClusterLab> StartAsync(int lookalikes)
    {
        var lab = new ClusterLab(ServeLab.LookalikeNames(lookalikes));
        await lab.postgres.InitializeAsync();
        lab.Database = await lab.postgres.CreateDatabaseAsync();
        await using (var database = VigieDatabase.Open(lab.Database))
        {
            await Migrator.MigrateAsync(database, CancellationToken.None);
            await new FindingsStore(database, TimeProvider.System).Organisations.CreateAsync(
                new OrganisationDraft("en-marche", "En Marche", "Europe/Paris", ServeLab.Watchlist), CancellationToken.None);
        }

        lab.Log = await LocalCtLog.StartAsync(LocalCtLogKind.Rfc6962);
        lab.parts.Add(lab.Log);
        // Small, slow answers (over a minute for the log, as starting a process on a loaded machine takes tens of seconds): the ingest worker is always in the middle of a batch.
        lab.Log.MaxEntriesPerAnswer = 2;
        lab.Log.AnswerDelay = TimeSpan.FromMilliseconds(1500);
        for (var i = 0; i < lab.Names.Count; i++)
        {
            for (var b = 0; b < 6; b++)
            {
                lab.Log.AddCertificate($"shop{i}-{b}.example.org");
            }

            lab.Log.AddCertificate(lab.Names[i]);
        }

        var zone = lab.Names.Aggregate(new LabZone(), (z, name) => z.Register(name, (name == lab.Victim || name == lab.Poison ? Trap : Web).ToString()));
        var dns = await UnboundServer.StartAsync(zone);
        lab.parts.Add(dns);
        lab.parts.Add(await LabWebServer.StartAsync(Web, 80));
        var (trap, _) = await LoopbackWebHost.StartAsync(lab.TrapAsync, Trap, 80);
        lab.parts.Add(trap);
        var nats = await NatsServer.StartAsync();
        lab.parts.Add(nats);
        lab.NatsUrl = nats.Url;
        File.WriteAllText(lab.Config, $"""
            db: {lab.Database}
            data: {lab.Folder.Path}
            listen: http://127.0.0.1:0
            ct:
              logs: [{lab.Log.Prefix}]
              start: beginning
              poll: 0.1
              retries: 1
              max_backoff: 2
            investigate:
              min_score: 60
              concurrency: 1
              screenshots: false
              timeout: 5
              allow_loopback: true
              nameservers: [{dns.EndPoint}]
            nats:
              urls: {nats.Url}
              ack_wait: {AckWaitSeconds}
              max_deliver: {MaxDeliver}
            """);
        return lab;
    }

    /// <summary>`vigie serve --role ROLE` on a free port; the address it serves on, once it says so.</summary>
    public async Task<(Process Process, Uri Address)> StartAsync(string role)
    {
        var serving = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "vigie"), ["serve", "--config", Config, "--role", role, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var name = $"{role} {process.Id}";
        process.OutputDataReceived += (_, e) => Console.Out.WriteLine($"{name}: {e.Data}");
        process.ErrorDataReceived += (_, e) =>
        {
            Console.Error.WriteLine($"{name}: {e.Data}");
            if (e.Data is { } line && ServingOn().Match(line) is { Success: true } match)
            {
                serving.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        processes[process.Id] = (role, process);
        var address = await serving.Task.WaitAsync(TimeSpan.FromSeconds(120));
        Addresses[process.Id] = address;
        return (process, address);
    }

    public IEnumerable<Process> Running(string role) => processes.Values.Where(p => p.Role == role && !p.Process.HasExited).Select(p => p.Process);

    public List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        using var connection = new NpgsqlConnection(Database);
        connection.Open();
        using var select = new NpgsqlCommand(sql, connection);
        using var reader = select.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>(name, CT entry) of every source row: each lookalike must be there once.</summary>
    public List<(string Name, string Detail)> CtSources() =>
        Query("SELECT f.name, s.detail FROM finding_sources s JOIN findings f ON f.id = s.finding_id WHERE s.kind = 'ct'", r => (r.GetString(0), r.GetString(1)));

    public long CtPosition() => Query("SELECT position FROM source_status WHERE kind = 'ct'", r => r.GetInt64(0)).FirstOrDefault();

    /// <summary>Names with a verdict observation, once per observation.</summary>
    public List<string> Verdicts() =>
        Query("SELECT f.name FROM observations o JOIN findings f ON f.id = o.finding_id WHERE o.kind = 'verdict'", r => r.GetString(0));

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, process) in processes.Values)
        {
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        foreach (var part in Enumerable.Reverse(parts))
        {
            await part.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await postgres.DisposeAsync();
        Folder.Dispose();
    }

    private async Task TrapAsync(HttpContext context)
    {
        var host = context.Request.Host.Host;
        if (host == Victim && Volatile.Read(ref victimKilled) == 1)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<html><head><title>En Marche</title></head><body><p>Connexion</p></body></html>");
            return;
        }

        var workers = Running("investigate").Select(p => p.Id).ToList();
        if (SocketOwner.Find(context.Connection.RemotePort, workers) is { } pid)
        {
            ServeLab.Kill(processes[pid].Process);
            Kills.Enqueue((host, pid));
            if (host == Victim)
            {
                Volatile.Write(ref victimKilled, 1);
            }

            _ = StartAsync("investigate");
        }

        context.Abort();
    }

    [GeneratedRegex(@"serving on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ServingOn();
}
