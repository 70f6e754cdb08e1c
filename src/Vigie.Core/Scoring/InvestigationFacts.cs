namespace Vigie.Core.Scoring;

/// <summary>The observations the verdict is drawn from, reduced to plain facts (no I/O types cross into Core).</summary>
internal sealed record InvestigationFacts
{
    /// <summary>The matcher's score 0–100 for the name, 0 when it matched no asset.</summary>
    public int MatchScore { get; init; }

    public bool Resolves { get; init; }

    public bool HasMx { get; init; }

    /// <summary>An HTTP server answered (any status).</summary>
    public bool WebAnswered { get; init; }

    /// <summary>The name led to an address the policy refuses (private, metadata…): no legitimate public site does that.</summary>
    public bool ForbiddenAddress { get; init; }

    /// <summary>The watched brand the page presents itself as, or null.</summary>
    public string? ClaimedBrand { get; init; }

    /// <summary>How strongly it does, 0 to 1 (title, headings, logo, icon, copied wording… weighed).</summary>
    public double ClaimStrength { get; init; }

    /// <summary>Where the claim was read ("title", "logo image"…).</summary>
    public IReadOnlyList<string> ClaimSignals { get; init; } = [];

    /// <summary>The page is served from one of the claimed brand's own domains.</summary>
    public bool HostIsClaimedBrands { get; init; }

    /// <summary>The page asks for a password, anywhere in it.</summary>
    public bool PasswordForm { get; init; }

    /// <summary>The page asks for a card number or a card's security code.</summary>
    public bool AsksCard { get; init; }

    /// <summary>The other secrets asked for, in words (one-time code, memorable information, security question, PIN…).</summary>
    public IReadOnlyList<string> OtherSecrets { get; init; } = [];

    /// <summary>A secret field sits outside any form (sent by script).</summary>
    public bool SecretsOutsideForms { get; init; }

    public bool TwoStepLogin { get; init; }

    /// <summary>The host a form asking for secrets posts to when it is neither the page's site nor the claimed brand's; else null.</summary>
    public string? PostsOffBrand { get; init; }

    /// <summary>The drop script a form posts to, named the way kits name theirs (next.php…), or null.</summary>
    public string? KitScript { get; init; }

    /// <summary>The chat-bot API or form relay the scripts name, or null.</summary>
    public string? Exfiltration { get; init; }

    public bool Obfuscated { get; init; }

    public bool AntiAnalysis { get; init; }

    /// <summary>The page's links and how many lead nowhere ("#", "javascript:", no address); null when no page was read.</summary>
    public (int Dead, int Total)? Links { get; init; }

    /// <summary>
    /// A page that asks for a secret, half of whose links or more lead nowhere, or that has none: the "URL of anchor"
    /// feature of the phishing-site literature (Mohammad, Thabtah and McCluskey, "Intelligent rule-based phishing
    /// websites classification", IET Information Security 8(3), 2014). On the tuning part of bench/pages: 78% of kit
    /// pages, 3% of legitimate pages. Only where something is asked: a web server's default page or a "coming soon"
    /// placeholder has no link either, and is no kit.
    /// </summary>
    public bool DeadLinks => Harvests && Links is { } l && (l.Total == 0 || l.Dead * 2 >= l.Total);

    /// <summary>The genuine page this one copies (the clone detector's verdict), or null.</summary>
    public string? CopyOf { get; init; }

    public double CloneSimilarity { get; init; }

    public string? ParkingProvider { get; init; }

    /// <summary>The redirect chain ended on a genuine host.</summary>
    public bool RedirectsToGenuine { get; init; }

    /// <summary>The host the page was served from (the end of the redirect chain), for the explanation.</summary>
    public string Host { get; init; } = "";

    public bool ServesDownload { get; init; }

    /// <summary>Days since registration (RDAP/WHOIS), null when unknown.</summary>
    public int? RegisteredDaysAgo { get; init; }

    public string Tld { get; init; } = "";

    /// <summary>What the name shares with the genuine domains (<see cref="OwnershipRules"/>).</summary>
    public IReadOnlyList<OwnershipEvidence> Ownership { get; init; } = [];

    /// <summary>How many kinds of secret the page asks for; a card's number, expiry and code count as one.</summary>
    public int SecretGroups { get; init; }

    /// <summary>The page asks for any secret (password, card, code…) or is the first step of a two-step sign-in.</summary>
    public bool Harvests => PasswordForm || AsksCard || OtherSecrets.Count > 0 || TwoStepLogin;

    /// <summary>
    /// The page presents itself as a watched brand at full strength (its signals weigh twice the claim threshold:
    /// a title, a logo and copied wording, say) and is not served from the brand's domains.
    /// </summary>
    public bool ClaimsStronglyOffBrand => ClaimedBrand is not null && !HostIsClaimedBrands && ClaimStrength >= 1;
}
