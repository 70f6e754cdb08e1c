using System.Net;

namespace Vigie.Sources.Http;

/// <summary>
/// The production <see cref="IHttpGetter"/> and <see cref="IHttpDownloader"/> over one shared HttpClient with
/// automatic gzip decompression.
/// </summary>
internal sealed class HttpClientGetter(HttpClient client) : IHttpGetter, IHttpDownloader
{
    /// <summary>The most <see cref="GetAsync"/> holds in memory: far above any CT answer or log list.</summary>
    public const long MaxBody = 64L << 20;

    public static HttpClient CreateClient(TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 8,
        };
        var client = new HttpClient(handler) { Timeout = timeout, MaxResponseContentBufferSize = MaxBody };
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
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded)
        {
            // The body passed MaxResponseContentBufferSize: an endless or hostile answer, not a log's.
            throw new HttpRequestException($"{uri.Host}: answer larger than {Size(client.MaxResponseContentBufferSize)}, not read", e);
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

    public async Task<int> DownloadAsync(Uri uri, Stream destination, long maxBytes, TimeSpan deadline, CancellationToken cancel)
    {
        // HttpClient.Timeout stops at the headers when the body is streamed: the deadline covers the whole body.
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        bounded.CancelAfter(deadline);
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, bounded.Token);
            if (!response.IsSuccessStatusCode)
            {
                return (int)response.StatusCode;
            }

            await using var body = await response.Content.ReadAsStreamAsync(bounded.Token);
            var buffer = new byte[81920];
            long total = 0;
            for (int read; (read = await body.ReadAsync(buffer, bounded.Token)) > 0;)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw new HttpRequestException($"{uri.Host}: answer larger than {Size(maxBytes)}, cut off");
                }

                await destination.WriteAsync(buffer.AsMemory(0, read), bounded.Token);
            }

            return (int)response.StatusCode;
        }
        catch (OperationCanceledException e) when (!cancel.IsCancellationRequested)
        {
            throw new HttpRequestException($"{uri.Host}: no complete answer within {deadline.TotalSeconds:0} s", e);
        }
    }

    private static string Size(long bytes) => bytes >= 1 << 20 ? $"{bytes >> 20} MiB" : $"{bytes >> 10} KiB";
}
