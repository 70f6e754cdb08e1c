namespace Vigie.Enrichment.Http;

/// <summary>The limits of one fetch. Every one of them holds against a hostile server (DESIGN.md, "Safety").</summary>
internal sealed record FetchOptions
{
    /// <summary>At most this many redirects are followed, as browsers do (Fetch standard allows 20; dnstwist follows requests' 30).</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>False when a browser follows the redirects itself: the 3xx response is returned as it is.</summary>
    public bool FollowRedirects { get; init; } = true;

    /// <summary>Bytes kept of a body after decompression; the rest is not read, so a compression bomb costs at most this.</summary>
    public int MaxBodyBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>The whole fetch, redirects and body included; a slow server gets what it sent by then.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public string UserAgent { get; init; } =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Vigie/0.1";
}
