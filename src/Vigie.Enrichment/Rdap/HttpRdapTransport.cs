using System.Net.Http.Headers;

namespace Vigie.Enrichment.Rdap;

/// <summary>RDAP over HTTPS (RFC 7480): Accept application/rdap+json, redirects followed (registries use them), 1 MB cap.</summary>
internal sealed class HttpRdapTransport : IRdapTransport, IDisposable
{
    private const int MaxBytes = 1024 * 1024;
    private readonly HttpClient client;

    public HttpRdapTransport(TimeSpan timeout)
    {
        client = new HttpClient(new SocketsHttpHandler { MaxAutomaticRedirections = 5, AutomaticDecompression = System.Net.DecompressionMethods.All })
        {
            Timeout = timeout,
            MaxResponseContentBufferSize = MaxBytes,
        };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/rdap+json"));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
    }

    public async Task<(int Status, byte[] Body)> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, cancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    public void Dispose() => client.Dispose();
}
