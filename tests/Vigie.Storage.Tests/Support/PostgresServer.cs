using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Vigie.Storage.Tests.Support;

/// <summary>
/// A real PostgreSQL started by the test run: initdb into a temp folder and pg_ctl on a free loopback port,
/// as the "postgres" user when the tests run as root (PostgreSQL refuses to run as root). A machine without
/// PostgreSQL fails the storage tests loudly instead of skipping them: the PostgreSQL path must be proven.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("vigie-pg-").FullName;
    private string bin = "";
    private int databases;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending(StringComparer.Ordinal).FirstOrDefault() ?? ""
            : "";
        if (bin.Length == 0)
        {
            throw new InvalidOperationException("PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb; apt-get install postgresql, ./test.sh does it)");
        }

        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "-R", "postgres:postgres", folder);
        }

        var data = Path.Combine(folder, "data");
        var port = FreePort();
        await RunAsPostgresAsync(Path.Combine(bin, "initdb"), "-D", data, "-A", "trust", "-U", "vigie", "-E", "UTF8", "--no-sync");
        await RunAsPostgresAsync(Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "log"), "-w", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start");
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=vigie;Database=postgres;Pooling=false";
    }

    /// <summary>A fresh, empty database for one test.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test{Interlocked.Increment(ref databases)}";
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString.Replace("Database=postgres", $"Database={name}", StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (bin.Length > 0 && Directory.Exists(Path.Combine(folder, "data")))
        {
            await RunAsPostgresAsync(Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-m", "immediate", "stop");
        }

        Directory.Delete(folder, recursive: true);
    }

    private Task RunAsPostgresAsync(params string[] command) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", .. command]) : RunAsync(command[0], command[1..]);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
