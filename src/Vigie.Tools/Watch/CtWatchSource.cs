using System.Globalization;
using Vigie.Sources.CertificateTransparency;
using Vigie.Sources.Http;

namespace Vigie.Cli.Watch;

/// <summary>
/// A CT log as a watch source: every CN and SAN of every entry is a candidate. <paramref name="from"/>
/// (`--from INDEX|TIME`) overrides the saved position.
/// </summary>
internal sealed class CtWatchSource(CtLog log, IHttpGetter http, CtFetchOptions options, Action<string> warn, WatchStart? from) : IWatchSource
{
    public string Id => log.SourceId;

    public async Task RunAsync(IReadOnlyDictionary<string, long> saved, Func<NameBatch, CancellationToken, Task> emit, CancellationToken cancel)
    {
        long? next = saved.TryGetValue(Id, out var position) ? position : null;
        var start = from switch
        {
            { Index: { } index } => index,
            { Time: { } time } => await FindAsync(time, cancel),
            _ => next,
        };
        await FollowAsync(start, emit, cancel);
    }

    private async Task<long> FindAsync(DateTimeOffset time, CancellationToken cancel)
    {
        try
        {
            return await IndexAtTime.FindAsync(log, http, options, time, cancel);
        }
        catch (CtLogException e)
        {
            throw new CtLogException($"{e.Message} (while looking for the first entry after {time:O})", e);
        }
    }

    private Task FollowAsync(long? start, Func<NameBatch, CancellationToken, Task> emit, CancellationToken cancel) =>
        CtFollowers.RunAsync(log, http, options, TimeProvider.System, warn, start, (batch, c) =>
        {
            var candidates = new List<Candidate>(batch.Entries.Count * 2);
            foreach (var entry in batch.Entries)
            {
                var source = string.Create(CultureInfo.InvariantCulture, $"ct:{log.Name}#{entry.Index}");
                foreach (var name in entry.Names)
                {
                    candidates.Add(new Candidate(name, source));
                }
            }

            return emit(new NameBatch(Id, log.Name, batch.Next, batch.TreeSize, candidates, batch.Entries.Count), c);
        }, cancel);
}
