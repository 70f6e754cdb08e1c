using System.Net;

namespace Vigie.Enrichment.Http;

/// <summary>
/// What one fetch saw. <see cref="Error"/> is set when it stopped early (refused address, too many redirects,
/// a loop, a network failure); what was seen until then is kept.
/// </summary>
internal sealed record FetchResult
{
    public required Uri RequestedUrl { get; init; }

    public required IReadOnlyList<HttpHop> Hops { get; init; }

    public Uri FinalUrl => Hops.Count > 0 ? Hops[^1].Url : RequestedUrl;

    /// <summary>The final response's status, 0 when none arrived.</summary>
    public int Status { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public string? ContentType { get; init; }

    public byte[] Body { get; init; } = [];

    /// <summary>The body was longer than the cap (after decompression) or the time ran out while reading it.</summary>
    public bool BodyTruncated { get; init; }

    /// <summary>The final response is a file to save (Content-Disposition: attachment or not a page type); it is never parsed nor rendered.</summary>
    public bool IsDownload { get; init; }

    public bool TimedOut { get; init; }

    public string? Error { get; init; }

    /// <summary>Certificates by host, for the HTTPS hops.</summary>
    public IReadOnlyList<TlsCertificateInfo> Certificates { get; init; } = [];

    public IReadOnlyList<IPAddress> ConnectedAddresses { get; init; } = [];

    public TimeSpan Elapsed { get; init; }

    public bool IsHtml => !IsDownload && Status is >= 200 and < 300 && Body.Length > 0;
}
