using System.CommandLine;
using Vigie.Sources.Zones;

namespace Vigie.Cli.Zone;

/// <summary>`vigie zone diff YESTERDAY TODAY`: the names delegated today and not yesterday (README.md, "vigie zone").</summary>
internal static class ZoneCommand
{
    public static Command Create()
    {
        var command = new Command("zone", ToolsHost.ZoneDescription);
        command.Subcommands.Add(CreateDiff());
        return command;
    }

    private static Command CreateDiff()
    {
        var yesterday = new Argument<FileInfo>("YESTERDAY") { Description = "The older zone file (gzip or not)." };
        var today = new Argument<FileInfo>("TODAY") { Description = "The newer zone file (gzip or not)." };
        var removed = new Option<bool>("--removed") { Description = "Print the names that disappeared instead of the new ones." };
        var temp = new Option<DirectoryInfo?>("--temp") { Description = "Folder for the sort's temporary files (default: the system temp folder); needs about twice the zones' name lists." };
        var command = new Command("diff", "Print the domains delegated in TODAY but not in YESTERDAY, one per line, sorted.") { yesterday, today, removed, temp };
        command.SetAction(async (parse, cancel) =>
        {
            var older = parse.GetValue(yesterday)!;
            var newer = parse.GetValue(today)!;
            foreach (var file in new[] { older, newer }.Where(f => !f.Exists))
            {
                throw new UsageException($"{file.FullName}: no such file");
            }

            var folder = parse.GetValue(temp)?.FullName ?? Path.GetTempPath();
            var wanted = !parse.GetValue(removed);
            var output = parse.InvocationConfiguration.Output;
            foreach (var change in ZoneDiff.Changes(older.FullName, newer.FullName, folder))
            {
                cancel.ThrowIfCancellationRequested();
                if (change.Added == wanted)
                {
                    await output.WriteLineAsync(change.Name.AsMemory(), cancel);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
