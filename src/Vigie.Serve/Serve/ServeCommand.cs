using System.CommandLine;
using System.Globalization;
using Vigie.Web.Alerts;
using Vigie.Web.Cluster;
using Vigie.Web.Hosting;
using Vigie.Web.Pipeline;
using Vigie.Web.Pipeline.Investigation;

namespace Vigie.Cli.Serve;

/// <summary>`vigie serve`: the dashboard, the JSON API and the background pipeline over one store (README.md, "vigie serve").</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var configFile = new Option<FileInfo?>("--config") { Description = "The YAML configuration (README, \"vigie serve\"); default: none, every setting at its default.", HelpName = "FILE" };
        var db = new Option<string?>("--db") { Description = "SQLite file, or a PostgreSQL connection string (Host=...); overrides the file's db." };
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, comma-separated; overrides the file's listen. Default: http://127.0.0.1:8080.", HelpName = "URL,..." };
        var check = new Option<bool>("--check-config") { Description = "Read and check the configuration, print what would be used, and exit." };
        var role = new Option<string>("--role")
        {
            Description = "What this process runs: all (default: one machine), or web, ingest, sweep, investigate (several machines over PostgreSQL; README, \"Running on several machines\").",
            DefaultValueFactory = _ => "all",
        };
        role.AcceptOnlyFromAmong(ServeRoles.Names);
        var command = new Command("serve", ServeHost.ServeDescription) { configFile, db, urls, check, role };
        command.SetAction(async (parse, cancel) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var config = ForRole(Load(parse.GetValue(configFile), parse.GetValue(db), parse.GetValue(urls)), ServeRoles.Parse(parse.GetValue(role)!)!.Value);
            if (parse.GetValue(check))
            {
                await output.WriteLineAsync($"{parse.GetValue(configFile)?.Name ?? "defaults"}: ok");
                await output.WriteLineAsync($"  role: {config.Role.Name()}");
                await output.WriteLineAsync($"  db: {ServeRunner.Describe(config.Database)}");
                await output.WriteLineAsync($"  data: {config.DataFolder}");
                await output.WriteLineAsync($"  evidence: {config.EvidenceFolder}");
                await output.WriteLineAsync($"  listen: {string.Join(", ", config.Listen)}");
                await output.WriteLineAsync($"  public_url: {config.PublicUrl?.ToString() ?? "(none: cookies follow the request's scheme)"}");
                await output.WriteLineAsync($"  watchlists: {(config.Watchlists.Count == 0 ? "(none: organisations are added on the dashboard)" : string.Join(", ", config.Watchlists))}");
                await output.WriteLineAsync($"  ct: {Describe(config.Ct)}");
                await output.WriteLineAsync($"  sweeps: {config.Sweeps?.Describe() ?? "(none: no scheduled sweep)"}");
                await output.WriteLineAsync($"  nrd: {config.Nrd?.Describe() ?? "(none: no NRD list fetched)"}");
                await output.WriteLineAsync($"  zones: {config.Zones?.Describe() ?? "(none: no zone file diffed)"}");
                await output.WriteLineAsync($"  investigate: {InvestigateSettings.Describe(config.Investigate)}");
                await output.WriteLineAsync($"  smtp: {config.Smtp?.Describe() ?? "(none: no e-mail sent)"}");
                foreach (var line in AlertSettingsText.Lines(config.Alerts))
                {
                    await output.WriteLineAsync(line);
                }

                await output.WriteLineAsync($"  nats: {NatsSettings.Describe(config.Nats)}");
                return ExitCodes.Success;
            }

            await ServeRunner.RunAsync(config, parse.InvocationConfiguration.Error, cancel);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Describe(CtSettings? ct) => ct is null
        ? "(none: no CT log followed)"
        : string.Join(", ", (ct.AllListedLogs ? ["every usable log of the " + (ct.OfflineLists ? "bundled" : "current") + " lists"] : Array.Empty<string>()).Concat(ct.LogUrls.Select(u => u.ToString())))
            + string.Create(CultureInfo.InvariantCulture, $"; new logs from their {(ct.FromBeginning ? "first entry" : "head")}, poll {ct.Poll.TotalSeconds} s, {ct.RequestsPerSecond} requests/s, {ct.Retries} retries");

    /// <summary>Roles share their work through the database: several processes need PostgreSQL, never a SQLite file.</summary>
    private static ServeConfig ForRole(ServeConfig config, ServeRole role) =>
        (role != ServeRole.All || config.Nats is not null) && !Storage.Database.VigieDatabase.IsPostgres(config.Database)
            ? throw new UsageException($"{(role != ServeRole.All ? $"--role {role.Name()}" : "nats:")} needs a PostgreSQL database shared by every process (db: Host=...), not the SQLite file {config.Database}")
            : config with { Role = role };

    /// <summary>The configuration as `vigie serve` reads it (also for `vigie digest`); a bad file is a usage error.</summary>
    internal static ServeConfig Load(FileInfo? file, string? db, string? urls)
    {
        var dataFolder = Path.GetDirectoryName(DataPaths.Database)!;
        try
        {
            var config = file is null ? ServeConfig.Defaults(dataFolder) : ServeConfigLoader.Load(file.FullName, dataFolder);
            return config with
            {
                Database = db is null ? config.Database : ServeConfigLoader.DatabaseLocation(db, Environment.CurrentDirectory),
                Listen = urls is null ? config.Listen : ListenUrls.Check(urls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), "--urls"),
            };
        }
        catch (ServeConfigException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
