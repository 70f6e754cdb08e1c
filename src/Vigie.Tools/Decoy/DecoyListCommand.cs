using System.CommandLine;
using System.Text.Json;

namespace Vigie.Cli.Decoy;

/// <summary>`vigie decoy list`: every decoy (or a finding's), where it went and how often it was tried; never a password.</summary>
internal static class DecoyListCommand
{
    public static Command Create()
    {
        var finding = new Option<long?>("--finding") { Description = "Only the decoys of this finding (id)." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var db = DecoyOptions.Db();
        var command = new Command("list", "List the decoys: finding, page, when sent, outcome, uses seen.") { finding, format, db };
        command.SetAction(async (parse, cancel) =>
        {
            var output = parse.GetValue(format) is "text" or "json" ? parse.GetValue(format)! : throw new UsageException($"--format: '{parse.GetValue(format)}' is not one of text, json");
            var (database, store) = await DecoyOptions.OpenAsync(parse.GetValue(db), cancel);
            await using (database)
            {
                var decoys = await store.Decoys.ListAsync(parse.GetValue(finding), cancel);
                var stdout = parse.InvocationConfiguration.Output;
                if (output == "json")
                {
                    await stdout.WriteLineAsync(JsonSerializer.Serialize(
                        [.. decoys.Select(d => new DecoyRowJson(d.Id, d.Username, d.FindingId, d.Page, d.CreatedAt, d.SubmittedAt, d.SubmissionStatus, d.Uses))],
                        DecoyJsonContext.Default.ListDecoyRowJson));
                    return ExitCodes.Success;
                }

                await stdout.WriteLineAsync("ID\tUSER\tFINDING\tPAGE\tSENT\tSTATUS\tUSES");
                foreach (var d in decoys)
                {
                    await stdout.WriteLineAsync($"{d.Id}\t{d.Username}\t{d.FindingId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}\t{d.Page ?? "-"}\t{(d.SubmittedAt is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "-")}\t{d.SubmissionStatus ?? "-"}\t{d.Uses}");
                }

                return ExitCodes.Success;
            }
        });
        return command;
    }
}
