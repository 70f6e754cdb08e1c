using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigie.Enrichment.Http;

namespace Vigie.Enrichment.Browser;

/// <summary>
/// Serves every request of one page from <see cref="SafeHttpFetcher"/> (CDP Fetch domain, request stage): the
/// browser never opens a connection itself, so each host of each redirect and sub-resource passes the address
/// policy. Downloads are refused, not fulfilled; only GET is fetched (a page cannot make us post anything).
/// </summary>
internal sealed class RequestInterceptor(CdpConnection connection, string sessionId, SafeHttpFetcher fetcher, int maxRequests)
{
    private static readonly HashSet<string> DroppedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        // The body handed over is already decoded and may have been cut, so its framing headers no longer hold.
        "Content-Encoding", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive",
    };

    private readonly ConcurrentQueue<string> blocked = new();
    private int requests;

    public IReadOnlyList<string> Blocked => [.. blocked];

    public async Task HandleAsync(JsonElement paused, CancellationToken cancellationToken)
    {
        var requestId = paused.GetProperty("requestId").GetString()!;
        var request = paused.GetProperty("request");
        var url = request.GetProperty("url").GetString() ?? "";
        var isDocument = paused.TryGetProperty("resourceType", out var type) && type.GetString() == "Document";
        try
        {
            if (Interlocked.Increment(ref requests) > maxRequests)
            {
                await FailAsync(requestId, url, $"more than {maxRequests} requests", cancellationToken);
                return;
            }

            if (request.GetProperty("method").GetString() != "GET"
                || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                await FailAsync(requestId, url, "not a GET of an http(s) URL", cancellationToken);
                return;
            }

            var result = await fetcher.FetchAsync(uri, cancellationToken);
            if (result.Status == 0)
            {
                // A network failure must look like one: Chromium's HTTPS-Upgrades fall back to http:// only after a
                // connection error, not after a request blocked by the client.
                var reason = result.Error?.StartsWith("refused to connect", StringComparison.Ordinal) == true ? "BlockedByClient"
                    : result.TimedOut ? "TimedOut"
                    : "ConnectionFailed";
                await FailAsync(requestId, url, result.Error ?? "no answer", cancellationToken, reason);
                return;
            }

            var attachment = result.Headers.Any(h => h.Key.Equals("Content-Disposition", StringComparison.OrdinalIgnoreCase)
                && h.Value.TrimStart().StartsWith("attachment", StringComparison.OrdinalIgnoreCase));
            if (attachment || (isDocument && result.IsDownload))
            {
                await FailAsync(requestId, url, "download blocked", cancellationToken);
                return;
            }

            await FulfillAsync(requestId, result, cancellationToken);
        }
        catch (Exception e) when (e is CdpException or OperationCanceledException)
        {
            // The page or the browser went away while we fetched: nothing is left to answer.
        }
    }

    private Task FulfillAsync(string requestId, FetchResult result, CancellationToken cancellationToken)
    {
        var headers = new JsonArray();
        foreach (var (name, value) in result.Headers.Where(h => !DroppedHeaders.Contains(h.Key)))
        {
            headers.Add((JsonNode)new JsonObject { ["name"] = name, ["value"] = value });
        }

        return connection.SendAsync("Fetch.fulfillRequest", new JsonObject
        {
            ["requestId"] = requestId,
            ["responseCode"] = result.Status,
            ["responseHeaders"] = headers,
            ["body"] = Convert.ToBase64String(result.Body),
        }, sessionId, cancellationToken);
    }

    private Task FailAsync(string requestId, string url, string why, CancellationToken cancellationToken, string reason = "BlockedByClient")
    {
        blocked.Enqueue($"{url}: {why}");
        return connection.SendAsync("Fetch.failRequest", new JsonObject
        {
            ["requestId"] = requestId,
            ["errorReason"] = reason,
        }, sessionId, cancellationToken);
    }
}
