using System.Text.Json;
using Vigie.Cli.Investigate;
using Vigie.Core.Domains;
using Vigie.Storage;
using Vigie.Storage.Investigations;
using Vigie.Storage.Scans;

namespace Vigie.Cli.Scan;

/// <summary>
/// `vigie scan --investigate`: after the sweep, each registered name is investigated like `vigie investigate`
/// (DNS, registration, page, screenshot, clone comparison, verdict) and its evidence saved. Reports follow the
/// scan's rows: text blocks, or one JSON object per line with `--format json`. Each verdict is stored with the
/// name in the scan's database, pointing at the evidence manifest, and as observations of its finding.
/// </summary>
internal static class ScanInvestigation
{
    // One object per line after the scan's own JSON, so that `jq -c` or a line reader can take them one by one.
    private static readonly InvestigateJsonContext Compact = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });

    public static async Task<int> RunAsync(ScanStore store, FindingsStore findings, long organisation, string target, IReadOnlyList<string> names, InvestigationSettings settings, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            await error.WriteLineAsync("vigie: scan --investigate: no registered name to investigate");
            return 0;
        }

        await using var session = await InvestigationSession.OpenAsync(settings, error, TimeProvider.System, cancellationToken);
        var alarming = 0;
        foreach (var name in names)
        {
            await error.WriteLineAsync($"vigie: investigating {name}");
            var result = await session.InvestigateAsync(DomainName.Parse(name), cancellationToken);
            var (report, printable) = (result.Report, result.Json);
            await store.SaveAssessmentAsync(target, new ScanAssessment(name, report.StartedAt, printable.Verdict, printable.Score, printable.Evidence), CancellationToken.None);
            await InvestigationFindings.SaveAsync(findings, organisation, result, CancellationToken.None);
            if (json)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(printable, Compact.InvestigateJson));
            }
            else
            {
                await output.WriteLineAsync();
                await InvestigateTextWriter.WriteAsync(output, printable);
            }

            alarming += report.Assessment.Verdict is Core.Scoring.Verdict.Phishing or Core.Scoring.Verdict.Suspicious ? 1 : 0;
        }

        foreach (var e in session.TakeGenuinePageErrors())
        {
            await error.WriteLineAsync($"vigie: {e}");
        }

        await error.WriteLineAsync($"vigie: investigated {names.Count} registered name(s): {alarming} phishing or suspicious");
        return alarming;
    }
}
