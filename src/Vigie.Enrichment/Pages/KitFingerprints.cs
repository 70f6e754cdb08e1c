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

    public IEnumerable<string> Describe()
    {
        if (KitScript is not null)
        {
            yield return $"the form sends what it asks to {KitScript}, a script named the way phishing kits name theirs";
        }

        if (Exfiltration is not null)
        {
            yield return $"its scripts send data to {Exfiltration}";
        }

        if (Obfuscated)
        {
            yield return "its markup is hidden in encoded script";
        }

        if (AntiAnalysis)
        {
            yield return "its scripts block right-click or inspection, or send automated visitors away";
        }
    }
}
