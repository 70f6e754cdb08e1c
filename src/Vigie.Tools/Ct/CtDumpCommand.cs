using System.CommandLine;
using Vigie.Sources.CertificateTransparency;

namespace Vigie.Cli.Ct;

/// <summary>`vigie ct dump FILE`: one line per entry of a data tile, names tile or get-entries answer.</summary>
internal static class CtDumpCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A static-ct data or names tile (gzip or not), or an RFC 6962 get-entries JSON answer." };
        var start = new Option<long?>("--start") { Description = "Index of the first entry (default: from the tile path, or 0 for get-entries)." };
        var leafHash = new Option<bool>("--leaf-hash") { Description = "Add a fourth column: the RFC 6962 leaf hash in hex." };
        var unicode = new Option<bool>("--unicode") { Description = "Print internationalised names in Unicode instead of punycode." };
        var command = new Command("dump", "Print each entry as index<TAB>timestamp_ms<TAB>name,name,...") { file, start, leafHash, unicode };
        command.SetAction(async (parse, cancel) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UsageException($"{path.FullName}: no such file");
            }

            List<CtEntry> entries;
            try
            {
                entries = CtFileReader.Read(path.FullName, parse.GetValue(start));
            }
            catch (CtFormatException e)
            {
                throw new UsageException($"{path.Name}: {e.Message}");
            }

            foreach (var entry in entries.Where(e => e.Problem is not null))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"vigie: warning: {path.Name}: {entry.Problem}");
            }

            var output = parse.InvocationConfiguration.Output;
            await CtDumpWriter.WriteAsync(output, entries, parse.GetValue(leafHash), parse.GetValue(unicode), cancel);
            return ExitCodes.Success;
        });
        return command;
    }
}
