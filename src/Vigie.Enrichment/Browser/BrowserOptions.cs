namespace Vigie.Enrichment.Browser;

/// <summary>How screenshots are taken.</summary>
internal sealed record BrowserOptions
{
    /// <summary>Debian's Chromium; a browser is never downloaded.</summary>
    public string ExecutablePath { get; init; } = "/usr/bin/chromium";

    /// <summary>Pages rendered at once, each in its own browser context (no shared cookies, cache or storage).</summary>
    public int PoolSize { get; init; } = 2;

    public int ViewportWidth { get; init; } = 1366;

    public int ViewportHeight { get; init; } = 768;

    /// <summary>Also capture the whole page, cut at <see cref="MaxFullPageHeight"/> pixels.</summary>
    public bool FullPage { get; init; }

    public int MaxFullPageHeight { get; init; } = 8_000;

    /// <summary>Navigation, load and capture of one page; past it the page is abandoned.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Waiting for the load event; a page still loading by then is captured as it is.</summary>
    public TimeSpan LoadTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time given to scripts and fonts after the load event before the capture.</summary>
    public TimeSpan SettleDelay { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Bytes kept of the rendered DOM.</summary>
    public int MaxHtmlChars { get; init; } = 2 * 1024 * 1024;
}
