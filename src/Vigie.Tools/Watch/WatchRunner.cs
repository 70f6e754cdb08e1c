using System.Threading.Channels;
using Vigie.Core.Matching;
using Vigie.Storage.CertificateTransparency;

namespace Vigie.Cli.Watch;

/// <summary>
/// sources → matcher → store, joined by one bounded channel (DESIGN.md, "Data flow"). Each batch's matches
/// and its source's position are stored in one transaction before the next batch of that source is taken,
/// and only findings new to the database are printed.
/// </summary>
internal sealed class WatchRunner(WatchStore store, Matcher matcher, TextWriter output, TextWriter error, TimeSpan statusEvery, TimeProvider time)
{
    public async Task RunAsync(IReadOnlyList<IWatchSource> sources, CancellationToken cancel)
    {
        var saved = (await store.LoadPositionsAsync(cancel)).ToDictionary(p => p.Key, p => p.Value.Next, StringComparer.Ordinal);
        var channel = Channel.CreateBounded<NameBatch>(new BoundedChannelOptions(16) { SingleReader = true });
        var status = new WatchStatus(time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var producers = sources.Select(source => Task.Run(
            () => source.RunAsync(saved, (b, c) => channel.Writer.WriteAsync(b, c).AsTask(), stop.Token),
            stop.Token)).ToList();
        var reporter = ReportAsync(status, stop.Token);
        try
        {
            var consumer = ConsumeAsync(channel.Reader, status, stop.Token);
            var running = new List<Task>(producers);
            while (running.Count > 0)
            {
                var done = await Task.WhenAny([consumer, .. running]);
                await done; // the store or a source failed: surface it now, not when the others stop
                running.Remove(done);
            }

            // Every source stopped on its own (--once): store what is queued, then stop.
            channel.Writer.Complete();
            await consumer;
            await error.WriteLineAsync(status.Line().AsMemory(), cancel);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(producers.Append(reporter).Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }

    private async Task ConsumeAsync(ChannelReader<NameBatch> reader, WatchStatus status, CancellationToken cancel)
    {
        await foreach (var batch in reader.ReadAllAsync(cancel))
        {
            var now = time.GetUtcNow();
            var findings = new List<WatchFinding>();
            foreach (var candidate in batch.Candidates)
            {
                if (matcher.TryMatch(candidate.Name, out var match))
                {
                    findings.Add(new WatchFinding(match!.Name, match.Target, string.Join(',', match.Techniques), match.Score, match.Explanation, candidate.Source, now));
                }
            }

            var fresh = await store.SaveBatchAsync(new SourcePosition(batch.SourceId, batch.Label, batch.Next, batch.Size, now), findings, cancel);
            foreach (var finding in fresh)
            {
                await WatchMatchWriter.WriteAsync(output, finding, cancel);
            }

            status.Record(batch);
        }
    }

    private async Task ReportAsync(WatchStatus status, CancellationToken cancel)
    {
        using var timer = new PeriodicTimer(statusEvery, time);
        while (await timer.WaitForNextTickAsync(cancel))
        {
            await error.WriteLineAsync(status.Line().AsMemory(), cancel);
        }
    }
}
