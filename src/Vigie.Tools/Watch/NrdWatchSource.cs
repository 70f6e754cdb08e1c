using System.Globalization;
using System.Security.Cryptography;
using Vigie.Sources.Feeds;
using Vigie.Sources.Http;

namespace Vigie.Cli.Watch;

/// <summary>
/// A newly-registered-domain list (file or URL, gzip or not) as a watch source, read again every
/// <paramref name="recheck"/> unless <paramref name="once"/>. Its position is a line number under an id
/// made from the list's content, so a killed run resumes mid-list, and tomorrow's list starts at line 1.
/// A list at a URL is streamed into a temporary file (deleted when read), at most <paramref name="maxBytes"/> (<see cref="ListFiles"/>).
/// </summary>
internal sealed class NrdWatchSource(
    string location, IHttpDownloader http, TimeSpan recheck, bool once, Action<string> warn, long maxBytes = ListFiles.MaxListBytes) : IWatchSource
{
    private const int BatchSize = 1000;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(30);

    public async Task RunAsync(IReadOnlyDictionary<string, long> saved, Func<NameBatch, CancellationToken, Task> emit, CancellationToken cancel)
    {
        var progress = new Dictionary<string, long>(saved, StringComparer.Ordinal);
        while (true)
        {
            if (await OpenAsync(cancel) is { } list)
            {
                await using (list)
                {
                    var id = "nrd:" + Convert.ToHexStringLower(await SHA256.HashDataAsync(list, cancel))[..16];
                    list.Position = 0;
                    progress[id] = await ReadAsync(list, id, progress.GetValueOrDefault(id), emit, cancel);
                }
            }

            if (once)
            {
                return;
            }

            await Task.Delay(recheck, cancel);
        }
    }

    private async Task<long> ReadAsync(Stream list, string id, long done, Func<NameBatch, CancellationToken, Task> emit, CancellationToken cancel)
    {
        var candidates = new List<Candidate>(BatchSize);
        long last = done;
        foreach (var (line, name) in NrdListReader.Read(list))
        {
            last = line;
            if (line <= done)
            {
                continue;
            }

            candidates.Add(new Candidate(name, string.Create(CultureInfo.InvariantCulture, $"nrd:{location}:{line}")));
            if (candidates.Count == BatchSize)
            {
                await emit(new NameBatch(id, location, line, line, candidates, candidates.Count), cancel);
                candidates = new List<Candidate>(BatchSize);
                done = line;
            }
        }

        if (last > done)
        {
            await emit(new NameBatch(id, location, last, last, candidates, candidates.Count), cancel);
        }

        return last;
    }

    private async Task<Stream?> OpenAsync(CancellationToken cancel)
    {
        try
        {
            return await ListFiles.OpenAsync(location, http, maxBytes, Deadline, cancel);
        }
        catch (ListFetchException e)
        {
            warn($"NRD list {e.Message}");
            return null;
        }
    }
}
