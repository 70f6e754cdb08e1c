using System.Globalization;
using Vigie.Sources.CertificateTransparency;
using Vigie.Sources.Http;

namespace Vigie.Cli.Watch;

/// <summary>A CT log as a watch source: every CN and SAN of every entry is a candidate.</summary>
internal sealed class CtWatchSource(CtLog log, IHttpGetter http, CtFetchOptions options, Action<string> warn) : IWatchSource
{
    public string Id => "ct:" + log.LogId;

    public Task RunAsync(long? next, Func<NameBatch, CancellationToken, Task> emit, CancellationToken cancel) =>
        CtFollowers.RunAsync(log, http, options, TimeProvider.System, warn, next, (batch, c) =>
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
