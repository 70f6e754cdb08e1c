using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vigie.Sources.Feeds;
using Vigie.Sources.Http;
using Vigie.Sources.Zones;
using Vigie.Storage.Findings;
using Vigie.Storage.Sources;
using Vigie.Web.Pipeline.Scheduling;

namespace Vigie.Web.Pipeline.Zones;

/// <summary>
/// One round of a zone file: fetched into the state folder, its digest compared with the round stored (the same
/// version adds nothing), then diffed against the previous version kept there (<see cref="ZoneDiff"/>, the code of
/// `vigie zone diff`), each newly delegated name matched. The first version is the baseline: nothing is new in it.
/// Each batch's findings (source `zone`, detail the file) and the count of new names read are stored in one
/// transaction; the version becomes the previous one only once every new name is stored, so a round cut short
/// diffs the same two versions again and resumes after the names already stored.
/// </summary>
internal sealed class ZoneFileIngestion(string location, string stateFolder, IHttpDownloader http, PipelineContext context, ISourceRoundRepository rounds) : IScheduledFile
{
    /// <summary>A zone the size of com, gzip-compressed, is a few GiB.</summary>
    private const long MaxZoneBytes = 64L << 30;

    private const int BatchSize = 1000;
    private static readonly TimeSpan Deadline = TimeSpan.FromHours(2);

    public string SourceId => "zone:" + location;

    public async Task<string> RunAsync(ScheduledRound scheduled, CancellationToken cancel)
    {
        Directory.CreateDirectory(stateFolder);
        var stem = Path.Combine(stateFolder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(location)))[..16]);
        var (current, previous) = (stem + ".new", stem + ".previous");
        var digest = await FetchAsync(current, cancel);
        var round = await rounds.GetAsync(SourceId, cancel);
        var status = (await context.Sources.ListAsync(cancel)).FirstOrDefault(s => s.SourceId == SourceId);
        if (round is { Finished: true } && round.Round == digest)
        {
            File.Delete(current);
            await context.Sources.ReportSuccessAsync(Progress(status?.Position ?? 0, scheduled.Next), cancel);
            return "unchanged since its last fetch";
        }

        if (!File.Exists(previous))
        {
            File.Move(current, previous, overwrite: true);
            await rounds.StartAsync(digest, Progress(0, scheduled.Next), cancel);
            await rounds.FinishAsync(Progress(0, scheduled.Next), cancel);
            return "first version kept: names delegated from the next one on are matched";
        }

        var position = round is { Finished: false } && round.Round == digest ? status?.Position ?? 0 : 0;
        if (position == 0)
        {
            await rounds.StartAsync(digest, Progress(0, scheduled.Next), cancel);
        }

        var (added, found) = await MatchNewNamesAsync(previous, current, position, scheduled, cancel);
        File.Move(current, previous, overwrite: true);
        await rounds.FinishAsync(Progress(Math.Max(added, position), scheduled.Next), cancel);
        return string.Create(CultureInfo.InvariantCulture, $"{added:N0} newly delegated names: {found} match(es)");
    }

    private async Task<(long Added, int Found)> MatchNewNamesAsync(string previous, string current, long position, ScheduledRound scheduled, CancellationToken cancel)
    {
        var (reports, added, found) = (new List<FindingReport>(), 0L, 0);
        var organisations = await context.Matchers.CurrentAsync(cancel);
        // The sort's temporary files go beside the zones, on the state disk, not in a small /tmp.
        foreach (var change in ZoneDiff.Changes(previous, current, stateFolder).Where(c => c.Added))
        {
            if (++added <= position)
            {
                continue;
            }

            MatchReports.Add(reports, organisations, change.Name, SourceKind.Zone, location, context.Time.GetUtcNow());
            if (added % BatchSize == 0)
            {
                found += reports.Count;
                await context.Findings.RecordAsync(reports, Progress(added, scheduled.Next), cancel);
                scheduled.Progress(string.Create(CultureInfo.InvariantCulture, $"{added:N0} new names read"));
                reports = [];
            }
        }

        found += reports.Count;
        await context.Findings.RecordAsync(reports, Progress(Math.Max(added, position), scheduled.Next), cancel);
        return (added, found);
    }

    /// <summary>Downloads or copies the zone to <paramref name="path"/> and returns its SHA-256.</summary>
    private async Task<string> FetchAsync(string path, CancellationToken cancel)
    {
        await using var zone = await ListFiles.OpenAsync(location, http, MaxZoneBytes, Deadline, cancel);
        await using (var copy = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
        {
            await zone.CopyToAsync(copy, cancel);
        }

        zone.Position = 0;
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(zone, cancel));
    }

    /// <summary>The newly delegated names read so far in this round (position and size alike: a diff has no lag to show).</summary>
    private SourceProgress Progress(long added, DateTimeOffset next) => new(SourceId, SourceKind.Zone, location, added, added, next);
}
