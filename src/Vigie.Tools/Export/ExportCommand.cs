using System.CommandLine;
using System.Data.Common;
using Vigie.Exports;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Evidence;
using Vigie.Storage.Migrations;

namespace Vigie.Cli.Export;

/// <summary>`vigie export --format F`: the findings store as a blocklist, threat intelligence or a table (README.md, "vigie export").</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = $"{string.Join(", ", ExportFormats.Names)}.", Required = true };
        var organisation = new Option<string?>("--organisation") { Description = "Only this organisation's findings (its slug); default: every organisation." };
        var since = new Option<string?>("--since") { Description = "Only findings first seen on or after this date (yyyy-mm-dd, UTC) or time (ISO 8601)." };
        var state = new Option<string[]>("--state") { Description = "Only findings in these triage states (repeatable or comma-separated; all for every state); default: new, investigating, confirmed_phishing, takedown_requested.", Arity = ArgumentArity.ZeroOrMore };
        var minScore = new Option<string?>("--min-score") { Description = "Only findings scored at least this (0-100)." };
        var output = new Option<string?>("--output") { Description = "The file to write (default: standard output); for misp, the feed's folder." };
        var cname = new Option<string?>("--rpz-cname") { Description = "rpz: rewrite to this walled-garden host instead of answering NXDOMAIN." };
        var db = new Option<string?>("--db") { Description = "SQLite file, or a PostgreSQL connection string (Host=...); default: $XDG_DATA_HOME/vigie/vigie.db." };
        var evidence = new Option<string?>("--evidence") { Description = "misp: the evidence folder the screenshots come from; default: $XDG_DATA_HOME/vigie/evidence." };
        var command = new Command("export", ToolsHost.ExportDescription)
        {
            format, organisation, since, state, minScore, output, cname, db, evidence,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var location = parse.GetValue(db) ?? DataPaths.Database;
            try
            {
                var chosen = ExportFormats.Parse(parse.GetValue(format)!);
                var filter = ExportFilterText.Parse(parse.GetValue(organisation), parse.GetValue(since), parse.GetValue(state) ?? [], parse.GetValue(minScore));
                var walledGarden = parse.GetValue(cname);
                var target = parse.GetValue(output);
                if (chosen == ExportFormat.Misp && target is null)
                {
                    throw new ExportException("--format misp writes a feed folder: give --output DIR");
                }

                await using var database = VigieDatabase.Open(location);
                await Migrator.MigrateAsync(database, cancel);
                var exporter = new Exporter(new FindingsStore(database, TimeProvider.System), new EvidenceStore(parse.GetValue(evidence) ?? DataPaths.In("evidence"), TimeProvider.System), TimeProvider.System);
                var selection = await exporter.SelectAsync(filter, cancel);
                int count;
                if (chosen == ExportFormat.Misp)
                {
                    count = await exporter.Misp.WriteFolderAsync(exporter.ReadAsync(selection, cancel), target!, cancel);
                }
                else if (target is null)
                {
                    count = await WriteToOutputAsync(exporter, chosen, selection, walledGarden, parse.InvocationConfiguration.Output, cancel);
                }
                else
                {
                    // Written beside the target and renamed over it: a resolver reading the file never sees half a zone.
                    var temporary = $"{target}.{Environment.ProcessId}.tmp";
                    await using (var file = File.Create(temporary))
                    {
                        count = await exporter.WriteAsync(chosen, selection, file, walledGarden, cancel);
                    }

                    File.Move(temporary, target, overwrite: true);
                }

                await parse.InvocationConfiguration.Error.WriteLineAsync($"vigie: {count} finding(s) exported as {chosen.ToString().ToLowerInvariant()}{(target is null ? "" : " to " + target)}");
                return ExitCodes.Success;
            }
            catch (ExportException e)
            {
                throw new UsageException(e.Message);
            }
            catch (DbException e)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"vigie: database {(VigieDatabase.IsPostgres(location) ? "PostgreSQL" : location)}: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    /// <summary>Standard output as bytes when it is the console's (100,000 findings are streamed); another writer (a test's) gets the text.</summary>
    private static async Task<int> WriteToOutputAsync(Exporter exporter, ExportFormat format, ExportSelection selection, string? walledGarden, TextWriter output, CancellationToken cancel)
    {
        if (ReferenceEquals(output, Console.Out))
        {
            await using var stdout = Console.OpenStandardOutput();
            return await exporter.WriteAsync(format, selection, stdout, walledGarden, cancel);
        }

        using var buffer = new MemoryStream();
        var count = await exporter.WriteAsync(format, selection, buffer, walledGarden, cancel);
        await output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return count;
    }
}
