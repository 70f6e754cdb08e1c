using System.Net;
using Vigie.Enrichment.Http;

namespace Vigie.Decoys.Submission;

/// <summary>
/// The HTTP client of one decoy: its own cookie jar (a two-step kit keeps the e-mail of step one in a session
/// cookie), and every connection checked by the investigation's
/// <see cref="ConnectionGuard"/> (no private, link-local or metadata address; loopback only when configured). With a
/// proxy, the proxy makes the connections: it is the operator's choice, so it is not checked.
/// </summary>
internal static class DecoyHttp
{
    public static HttpClient Create(SubmissionSettings settings)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            // Redirects are followed by DecoySender on the way to a form only: the answer to the last post (often a
            // redirect to the genuine site) is recorded, not followed, so no third party is contacted.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = settings.Timeout,
            PooledConnectionLifetime = TimeSpan.FromSeconds(30),
            MaxResponseHeadersLength = 64,
        };
        if (settings.Proxy is { } proxy)
        {
            handler.UseProxy = true;
            handler.Proxy = new WebProxy(proxy);
        }
        else
        {
            handler.UseProxy = false;
            handler.ConnectCallback = new ConnectionGuard(new SystemHostAddressResolver(), new AddressPolicy(settings.AllowLoopback)).ConnectAsync;
        }

        return new HttpClient(handler) { Timeout = settings.Timeout };
    }

    public static HttpRequestMessage Request(HttpMethod method, Uri url, SubmissionSettings settings, Uri? referer)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.UserAgent.ParseAdd(settings.UserAgent);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        request.Headers.AcceptLanguage.ParseAdd(settings.Language == "fr" ? "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7" : "en-US,en;q=0.9");
        if (referer is not null)
        {
            request.Headers.Referrer = referer;
            request.Headers.TryAddWithoutValidation("Origin", referer.GetLeftPart(UriPartial.Authority));
        }

        return request;
    }
}
