using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;

namespace Vigie.Enrichment.Http;

/// <summary>
/// Fetches one URL of a suspect site with every limit on: addresses checked by <see cref="ConnectionGuard"/> on
/// every connection (so after every redirect and every re-resolution), redirects followed here one by one
/// (at most <see cref="FetchOptions.MaxRedirects"/>, loops detected), the body capped after decompression,
/// one deadline for the whole chain. One instance is one session: its connections and certificates are its own.
/// </summary>
internal sealed class SafeHttpFetcher : IDisposable
{
    private readonly HttpClient client;
    private readonly FetchOptions options;
    private readonly TimeProvider time;
    private readonly TlsCertificateRecorder certificates = new();

    public SafeHttpFetcher(ConnectionGuard guard, FetchOptions options, TimeProvider time)
    {
        Guard = guard;
        this.options = options;
        this.time = time;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectCallback = guard.ConnectAsync,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.TotalTimeout,
            // A short pool lifetime makes a long session resolve (and check) hosts again rather than trust an old answer.
            PooledConnectionLifetime = TimeSpan.FromSeconds(30),
            MaxResponseHeadersLength = 64,
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = certificates.Record },
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public ConnectionGuard Guard { get; }

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var deadline = new CancellationTokenSource(options.TotalTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var hops = new List<HttpHop>();
        var seen = new HashSet<Uri>();
        var current = url;
        var result = new FetchResult { RequestedUrl = url, Hops = hops };
        try
        {
            while (true)
            {
                if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                {
                    return Finish(result with { Error = $"stopped at a {current.Scheme}: URL" }, started);
                }

                if (!seen.Add(current))
                {
                    return Finish(result with { Error = $"redirect loop back to {current}" }, started);
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.UserAgent.ParseAdd(options.UserAgent);
                request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
                request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                var location = RedirectTarget(response, current);
                hops.Add(new HttpHop(current, (int)response.StatusCode, location));
                result = result with { Status = (int)response.StatusCode, Headers = HeadersOf(response) };
                if (location is null || !options.FollowRedirects)
                {
                    return Finish(await ReadBodyAsync(result, response, linked.Token, cancellationToken), started);
                }

                if (hops.Count > options.MaxRedirects)
                {
                    return Finish(result with { Error = $"more than {options.MaxRedirects} redirects" }, started);
                }

                current = location;
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Finish(result with { TimedOut = true, Error = $"no complete answer within {options.TotalTimeout.TotalSeconds:0.#} s" }, started);
        }
        catch (HttpRequestException e)
        {
            return Finish(result with { Error = Describe(e) }, started);
        }
    }

    public void Dispose() => client.Dispose();

    private async Task<FetchResult> ReadBodyAsync(
        FetchResult result, HttpResponseMessage response, CancellationToken deadline, CancellationToken caller)
    {
        var contentType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        var download = IsDownload(response.Content.Headers.ContentDisposition, contentType);
        await using var raw = await response.Content.ReadAsStreamAsync(deadline);
        try
        {
            var (body, truncated, timedOut) = await CappedBodyReader.ReadAsync(
                raw, response.Content.Headers.ContentEncoding, options.MaxBodyBytes, deadline);
            caller.ThrowIfCancellationRequested();
            return result with
            {
                ContentType = contentType,
                IsDownload = download,
                Body = body,
                BodyTruncated = truncated,
                TimedOut = timedOut,
                Error = timedOut ? $"body still arriving after {options.TotalTimeout.TotalSeconds:0.#} s" : null,
            };
        }
        catch (InvalidDataException e)
        {
            return result with { ContentType = contentType, IsDownload = download, Error = $"undecodable body: {e.Message}" };
        }
    }

    /// <summary>
    /// A response is a download, never handed to a parser or a browser, when the server asks for it to be saved
    /// (RFC 6266 attachment) or when its type is not a page. A missing type is sniffed as a page by browsers,
    /// so it stays a page here and the parser treats it as text.
    /// </summary>
    private static bool IsDownload(ContentDispositionHeaderValue? disposition, string? contentType) =>
        string.Equals(disposition?.DispositionType, "attachment", StringComparison.OrdinalIgnoreCase)
        || contentType is not (null or "text/html" or "application/xhtml+xml" or "text/plain");

    private static Uri? RedirectTarget(HttpResponseMessage response, Uri current)
    {
        var status = (int)response.StatusCode;
        if (status is not (301 or 302 or 303 or 307 or 308) || response.Headers.Location is null)
        {
            return null;
        }

        var location = response.Headers.Location;
        return location.IsAbsoluteUri ? location : new Uri(current, location);
    }

    private static List<KeyValuePair<string, string>> HeadersOf(HttpResponseMessage response) =>
        [.. response.Headers.Concat(response.Content.Headers)
            .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v)))];

    private static string Describe(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is AddressRefusedException refused)
            {
                return refused.Message;
            }
        }

        return e.InnerException is { } cause ? $"{e.Message} ({cause.Message})" : e.Message;
    }

    private FetchResult Finish(FetchResult result, long started) => result with
    {
        Certificates = certificates.Snapshot(),
        ConnectedAddresses = [.. Guard.Attempts.Where(a => !a.Refused).Select(a => a.Address).Distinct()],
        Elapsed = time.GetElapsedTime(started),
    };
}
