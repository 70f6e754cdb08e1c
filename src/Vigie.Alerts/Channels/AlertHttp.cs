using System.Net.Http.Headers;
using System.Text;

namespace Vigie.Alerts.Channels;

/// <summary>What the HTTP channels share: one client each, JSON bodies, any 2xx as success and anything else as a failure worth a retry.</summary>
internal static class AlertHttp
{
    public static HttpClient CreateClient() => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(20),
    };

    public static HttpRequestMessage Json(HttpMethod method, Uri url, string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpRequestMessage(method, url) { Content = content };
    }

    public static async Task SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new AlertChannelException($"{request.RequestUri?.GetLeftPart(UriPartial.Path)}: HTTP {(int)response.StatusCode} {Shorten(text)}".TrimEnd());
            }
        }
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
