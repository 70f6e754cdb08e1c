using Vigie.Sources.Http;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>Runs the follower that fits a log's kind, with its own rate-limited HTTP for the whole run.</summary>
internal static class CtFollowers
{
    public static async Task RunAsync(
        CtLog log,
        IHttpGetter http,
        CtFetchOptions options,
        TimeProvider time,
        Action<string> warn,
        long? from,
        Func<CtBatch, CancellationToken, Task> onBatch,
        CancellationToken cancel)
    {
        using var logHttp = new LogHttp(log, http, options, time);
        ICtLogFollower follower = log.Kind == CtLogKind.Tiled
            ? new TiledFollower(new TiledClient(logHttp), options, time, warn)
            : new Rfc6962Follower(new Rfc6962Client(logHttp), options, time, warn);
        await follower.RunAsync(from, onBatch, cancel);
    }

    /// <summary>Describes a log given by URL: from the lists when it is there, else from the log.v3.json it serves.</summary>
    public static async Task<CtLog> DescribeAsync(Uri url, IReadOnlyList<CtLog> known, IHttpGetter http, CancellationToken cancel)
    {
        var prefix = url.AbsolutePath.EndsWith('/') ? url : new Uri(url + "/");
        var listed = known.FirstOrDefault(l => l.Url == prefix);
        if (listed is not null)
        {
            return listed;
        }

        HttpAnswer answer;
        try
        {
            answer = await http.GetAsync(new Uri(prefix, "log.v3.json"), cancel);
        }
        catch (HttpRequestException e)
        {
            throw new CtLogException($"log {prefix}: not in the log lists, and its log.v3.json cannot be fetched: {e.Message}", e);
        }

        if (!answer.IsSuccess)
        {
            throw new CtLogException($"log {prefix}: not in the log lists, and {prefix}log.v3.json answered HTTP {answer.Status}");
        }

        try
        {
            return LogListParser.ParseSelfDescription(answer.Body, prefix);
        }
        catch (CtFormatException e)
        {
            throw new CtLogException($"log {prefix}: {e.Message}", e);
        }
    }
}
