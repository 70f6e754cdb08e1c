namespace Vigie.Core.Matching;

/// <summary>
/// Base scores per technique, 0–100. They were set from the measurements in bench/README.md ("match"): roughly,
/// the share of the names each kind of hit flags that are phishing, over the phishing and legitimate lists, so a
/// score reads "how likely this is an imitation". README.md, "vigie match" explains the scale to users.
/// </summary>
internal static class Scores
{
    public const int Homoglyph = 95;
    public const int DotToHyphen = 95;
    public const int BrandWithSuffix = 90;
    public const int SubdomainWithDomain = 90;
    public const int AsciiLookalike = 90;
    public const int Hyphenation = 85;
    public const int TypoOne = 85;
    public const int TypoTwo = 70;
    public const int TypoThree = 65;
    public const int TldSwap = 80;
    public const int DotInsertion = 80;
    public const int ComboToken = 75;
    public const int ComboInside = 65;
    public const int ComboTypo = 65;
    public const int SubdomainLabel = 60;

    /// <summary>
    /// An outside service's name as a subdomain label of someone else's domain, with no service word beside it: big
    /// services are named in their partners' and content-delivery hosts ("office" in "excel.officeapps.live.com").
    /// </summary>
    public const int ServiceSubdomainLabel = 50;

    /// <summary>
    /// An outside service's label under a country ending ("google.fr", "amazon.co.uk" for google.com, amazon.com):
    /// big services hold their name in most countries, so such a name is nearly always theirs (bench/README.md,
    /// "match", "Calibration": three quarters of the legitimate names flagged before, under 0.5% of the phishing).
    /// </summary>
    public const int ServiceCountryDomain = 40;

    /// <summary>An outside service's label under another top-level domain ("office.net", "amazon.dev").</summary>
    public const int ServiceOtherEnding = 55;

    /// <summary>An outside service's name beside infrastructure words only ("amazon-adsystem", "cdninstagram").</summary>
    public const int ServiceInfrastructure = 50;

    /// <summary>
    /// The whole watched domain just before a public suffix ("apple.com.akadns.net"): how content-delivery and DNS
    /// platforms name their customers' hosts; the label "com" under such a suffix can be taken only once. Also a
    /// service written whole on a content-delivery platform (<see cref="EdgePlatforms"/>: "adobe.com.cdn.cloudflare.net",
    /// "microsoft.map.fastly.net").
    /// </summary>
    public const int EdgeHostName = 40;

    /// <summary>
    /// The text read as a misspelt brand is an ordinary word of its own ("cloud" one letter from icloud, "mail" from
    /// gmail; <see cref="OrdinaryWords"/>): a chance resemblance far more often than an imitation.
    /// </summary>
    public const int OrdinaryWord = 40;

    /// <summary>
    /// Look-alike characters ('i', '1' for 'l', '0' for 'o', "rn" for 'm'…) and a slip on top of them in a watched label of
    /// 7 characters or fewer ("api" read as "apple": 'i' for 'l', a 'p' and the 'e' left out). Such labels take one
    /// slip (<see cref="TypoPolicy"/>); a look-alike reading and a slip make two, which short labels reach by chance
    /// ("apigee", "appier"). Doubled letters alone are no look-alike: "paypallo" keeps its two-slip score.
    /// </summary>
    public const int ShortLookalikeSlip = 55;

    /// <summary>
    /// The most a watched label of 3 or 4 characters scores when misspelt ("kas1.de") or glued to a word
    /// ("kaslogin.de"): three letters turn up by chance in countless names, so this is recognised and explained, but
    /// stays below the default --min-score.
    /// </summary>
    public const int ShortBrand = 40;

    /// <summary>
    /// ASCII letters dnstwist's homoglyph table swaps for one another ('c' for 'e', 'rr' for 'm', 'q' for 'g'): they
    /// look alike at a glance, but they are also ordinary letters, so a chance resemblance is likelier than with
    /// '0' for 'o' (<see cref="AsciiLookalike"/>): below the default --min-score.
    /// </summary>
    public const int GlyphSwap = 55;

    /// <summary>Added when a service word ("login", "wallet") sits beside the brand.</summary>
    public const int ServiceWordBonus = 15;

    /// <summary>Taken off when the watched label is 5 or 6 characters: such strings occur by chance more often.</summary>
    public const int ShortLabelPenalty = 10;

    /// <summary>Taken off per edit for a typo of a 5–7 character label, and for a second edit of any label.</summary>
    public const int ShortTypoPenalty = 10;
}
