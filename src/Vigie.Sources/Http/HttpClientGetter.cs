using System.Net;

namespace Vigie.Sources.Http;

/// <summary>The production <see cref="IHttpGetter"/> over one shared HttpClient with automatic gzip decompression.</summary>
internal sealed class HttpClientGetter(HttpClient client) : IHttpGetter
{
    public static HttpClient CreateClient(TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 8,
        };
        var client = new HttpClient(handler) { Timeout = timeout };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("vigie/0.1 (+lookalike domain monitor)");
        return client;
    }

    public async Task<HttpAnswer> GetAsync(Uri uri, CancellationToken cancel)
    {
        HttpResponseMessage response;
        byte[] body;
        try
        {
            response = await client.GetAsync(uri, HttpCompletionOption.ResponseContentRead, cancel);
            body = await response.Content.ReadAsByteArrayAsync(cancel);
        }
        catch (TaskCanceledException e) when (!cancel.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation; to the caller it is a transport failure.
            throw new HttpRequestException($"{uri.Host}: no answer within {client.Timeout.TotalSeconds:0} s", e);
        }

        using var disposing = response;
        TimeSpan? retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };
        return new HttpAnswer((int)response.StatusCode, body, retryAfter);
    }
}
