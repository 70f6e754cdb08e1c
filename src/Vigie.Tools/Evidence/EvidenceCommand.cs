using System.CommandLine;
using Vigie.Storage.Evidence;

namespace Vigie.Cli.Evidence;

/// <summary>`vigie evidence export FINDING`: every investigation of a finding, its files and their SHA-256, in one zip (README.md, "vigie investigate").</summary>
internal static class EvidenceCommand
{
    public static Command Create()
    {
        var finding = new Argument<string>("FINDING") { Description = "The finding: the investigated domain name." };
        var output = new Option<string?>("--output") { Description = "The zip to write; default: FINDING-evidence.zip in the current folder." };
        var folder = new Option<string?>("--evidence") { Description = "Evidence folder; default: $XDG_DATA_HOME/vigie/evidence." };
        var export = new Command("export", "Write the evidence of a finding to a zip with its manifests and SHA256SUMS.txt.") { finding, output, folder };
        export.SetAction(async (parse, cancel) =>
        {
            var name = parse.GetValue(finding)!.Trim().TrimEnd('.').ToLowerInvariant();
            var store = new EvidenceStore(parse.GetValue(folder) ?? DataPaths.In("evidence"), TimeProvider.System);
            var path = parse.GetValue(output) ?? $"{name}-evidence.zip";
            try
            {
                if (store.Manifests(name).Count == 0)
                {
                    throw new UsageException($"no evidence for '{name}' in {store.Root} (run 'vigie investigate {name}' first)");
                }
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }

            int objects;
            await using (var zip = File.Create(path))
            {
                objects = await store.ExportAsync(name, zip, cancel);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"{path}: {store.Manifests(name).Count} investigation(s), {objects} file(s)");
            return ExitCodes.Success;
        });
        return new Command("evidence", ToolsHost.EvidenceDescription) { export };
    }
}
