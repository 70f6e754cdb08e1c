namespace Vigie.Enrichment.Pages;

/// <summary>How a page was built, where it does not look like a site's own page but like a phishing kit.</summary>
internal sealed record KitFingerprints
{
    public static KitFingerprints None { get; } = new();

    /// <summary>A form with secret fields posts to a script named the way kits name theirs (next.php, post.php…).</summary>
    public string? KitScript { get; init; }

    /// <summary>A chat-bot API or form relay named in the page's scripts (api.telegram.org, a Discord webhook, formspree…).</summary>
    public string? Exfiltration { get; init; }

    /// <summary>Markup written by script from an encoded string (unescape, atob, a packer), or a long base64 blob.</summary>
    public bool Obfuscated { get; init; }

    /// <summary>Scripts that fight analysis: right-click or F12 blocked, bots or headless browsers sent away.</summary>
    public bool AntiAnalysis { get; init; }

    /// <summary>
    /// The page's links (<c>a</c> elements) and how many of them lead nowhere (no address, "#…" or "javascript:").
    /// A copied sign-in page keeps the genuine page's links as dead stubs; a site's own page links to its help,
    /// privacy and sign-up pages.
    /// </summary>
    public (int Dead, int Total) Links { get; init; }
}
