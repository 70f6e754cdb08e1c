namespace Vigie.Enrichment.Browser;

/// <summary>
/// One page as Chromium rendered it: the viewport PNG (and the full page when asked), their SHA-256, the DOM after
/// scripts ran, and the requests the address policy or the download rule stopped.
/// </summary>
internal sealed record Screenshot
{
    public required Uri Url { get; init; }

    public required DateTimeOffset TakenAt { get; init; }

    public byte[] Png { get; init; } = [];

    public string PngSha256 { get; init; } = "";

    public byte[]? FullPagePng { get; init; }

    public string RenderedHtml { get; init; } = "";

    public IReadOnlyList<string> BlockedRequests { get; init; } = [];

    /// <summary>Why no (or only a partial) capture was made, or null.</summary>
    public string? Error { get; init; }
}
