using System.Globalization;
using System.Security.Cryptography;
using Vigie.Sources.Feeds;
using Vigie.Sources.Http;
using Vigie.Storage.Findings;
using Vigie.Storage.Sources;
using Vigie.Web.Pipeline.Scheduling;

namespace Vigie.Web.Pipeline.Lists;

/// <summary>
/// One round of an NRD list: fetched (<see cref="ListFiles"/>), its content's digest compared with the round stored,
/// so the same list fetched again adds nothing; a new content is a new round read from line 1, a round cut short is
/// resumed at the line its last batch stored. Each batch's findings (source `nrd`, detail LIST:LINE) and the line
/// reached are stored in one transaction.
/// </summary>
internal sealed class NrdListIngestion(string location, IHttpDownloader http, PipelineContext context, ISourceRoundRepository rounds) : IScheduledFile
{
    private const int BatchSize = 1000;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(30);

    public string SourceId => "nrd:" + location;

    public async Task<string> RunAsync(ScheduledRound scheduled, CancellationToken cancel)
    {
        await using var list = await ListFiles.OpenAsync(location, http, ListFiles.MaxListBytes, Deadline, cancel);
        var digest = Convert.ToHexStringLower(await SHA256.HashDataAsync(list, cancel));
        list.Position = 0;
        var round = await rounds.GetAsync(SourceId, cancel);
        var stored = (await context.Sources.ListAsync(cancel)).FirstOrDefault(s => s.SourceId == SourceId)?.Position ?? 0;
        if (round?.Round == digest && round.Finished)
        {
            await context.Sources.ReportSuccessAsync(Progress(stored, scheduled.Next), cancel);
            return "unchanged since its last fetch";
        }

        var position = round?.Round == digest ? stored : 0;
        if (position == 0)
        {
            await rounds.StartAsync(digest, Progress(0, scheduled.Next), cancel);
        }

        var (reports, names, found, last) = (new List<FindingReport>(), 0, 0, position);
        var organisations = await context.Matchers.CurrentAsync(cancel);
        // One pass, the list never held in memory: its length is known at its end (position and size move together).
        foreach (var (line, name) in NrdListReader.Read(list).Where(l => l.Line > position))
        {
            MatchReports.Add(reports, organisations, name, SourceKind.Nrd, string.Create(CultureInfo.InvariantCulture, $"{location}:{line}"), context.Time.GetUtcNow());
            last = line;
            if (++names == BatchSize)
            {
                found += reports.Count;
                await context.Findings.RecordAsync(reports, Progress(line, scheduled.Next), cancel);
                scheduled.Progress(string.Create(CultureInfo.InvariantCulture, $"line {line:N0}"));
                (reports, names) = ([], 0);
                organisations = await context.Matchers.CurrentAsync(cancel);
            }
        }

        found += reports.Count;
        await context.Findings.RecordAsync(reports, Progress(last, scheduled.Next), cancel);
        await rounds.FinishAsync(Progress(last, scheduled.Next), cancel);
        return string.Create(CultureInfo.InvariantCulture, $"read {last - position:N0} lines: {found} match(es)");
    }

    private SourceProgress Progress(long line, DateTimeOffset next) => new(SourceId, SourceKind.Nrd, location, line, line, next);
}
