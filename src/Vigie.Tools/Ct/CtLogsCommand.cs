using System.CommandLine;
using System.Data.Common;
using Vigie.Sources.CertificateTransparency;
using Vigie.Sources.Http;
using Vigie.Storage.CertificateTransparency;
using Vigie.Storage.Database;
using Vigie.Storage.Migrations;

namespace Vigie.Cli.Ct;

/// <summary>`vigie ct logs`: the logs Vigie follows, from Google's (signature-checked) and Apple's lists.</summary>
internal static class CtLogsCommand
{
    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "Also list logs that are not usable or qualified (readonly, retired, rejected, pending, test)." };
        var offline = new Option<bool>("--offline") { Description = "Use the lists bundled with Vigie instead of fetching the current ones." };
        var db = new Option<string?>("--db") { Description = "The database `vigie watch` uses, for each log's position and lag (default: $XDG_DATA_HOME/vigie/vigie.db, when it exists)." };
        var command = new Command("logs", "List the CT logs of both kinds (RFC 6962 and tiled) from Google's and Apple's lists.") { all, offline, db };
        command.SetAction(async (parse, cancel) =>
        {
            using var client = parse.GetValue(offline) ? null : HttpClientGetter.CreateClient(TimeSpan.FromSeconds(20));
            var loader = new LogListLoader(client is null ? null : new HttpClientGetter(client));
            List<CtLog> logs;
            List<string> warnings;
            try
            {
                (logs, warnings) = await loader.LoadAsync(cancel);
            }
            catch (CtFormatException e)
            {
                throw new UsageException(e.Message);
            }

            foreach (var warning in warnings)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"vigie: warning: {warning}");
            }

            var shown = parse.GetValue(all) ? logs : logs.Where(l => l.IsActive).ToList();
            var location = parse.GetValue(db) ?? (File.Exists(DataPaths.Database) ? DataPaths.Database : null);
            Dictionary<string, SourcePosition> positions = [];
            if (location is not null)
            {
                try
                {
                    await using var database = VigieDatabase.Open(location);
                    await Migrator.MigrateAsync(database, cancel);
                    positions = await new WatchStore(database).LoadPositionsAsync(cancel);
                }
                catch (DbException e)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"vigie: database {location}: {e.Message}");
                    return ExitCodes.Failure;
                }
            }

            await CtLogsWriter.WriteAsync(parse.InvocationConfiguration.Output, shown, positions, cancel);
            return ExitCodes.Success;
        });
        return command;
    }

}
