using System.Globalization;

namespace Vigie.Core.Scoring;

/// <summary>
/// A logistic model of "this page is a phishing kit": the probability is 1 / (1 + e^-(intercept + Σ weight × value)).
/// The weights are fitted by bench/pages/fit.py (L2-regularised logistic regression) on the tuning two thirds of
/// ../shared/data/pages (real kit pages and real legitimate sign-in pages, bench/pages/run.sh), never on the held-out
/// third, and copied here; README.md "Verdicts" lists them in words.
/// </summary>
internal static class RiskModel
{
    public const double Intercept = -3.41;

    /// <summary>
    /// Kinds of secret (a password, a card, one-time codes, memorable information, security questions, a PIN, a
    /// social security number) from which one page asks for too many at once: a bank's own sign-in asks for one
    /// or two, "full-info" kits ask for a card, the SSN and the security answers together.
    /// </summary>
    public const int ManySecrets = 3;

    /// <summary>The weight of each feature, by name.</summary>
    public static IReadOnlyDictionary<string, double> Weights { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["claim"] = 2.39,
        ["claim_and_harvest"] = 1.98,
        ["password"] = -0.54,
        ["card"] = 0.44,
        ["other_secret"] = 0.65,
        ["many_secrets"] = 1.5,
        ["two_step"] = -0.08,
        ["outside_forms"] = 0.82,
        ["posts_off_brand"] = -0.28,
        ["kit_script"] = 2.63,
        ["exfiltration"] = 3.0,
        ["obfuscated"] = 1.61,
        ["anti_analysis"] = 1.0,
        ["dead_links"] = 2.53,
        ["match"] = 1.0,
        ["risky_tld"] = 0.5,
        ["new_domain"] = 1.0,
        ["mx"] = 0.0,
        ["forbidden_address"] = 3.0,
        ["download"] = 3.0,
    };

    /// <summary>The evidence present in <paramref name="f"/>, each with its value and weight, strongest first.</summary>
    public static IReadOnlyList<RiskFeature> Features(InvestigationFacts f)
    {
        var inv = CultureInfo.InvariantCulture;
        var claimOff = f.ClaimedBrand is not null && !f.HostIsClaimedBrands ? f.ClaimStrength : 0;
        var features = new List<RiskFeature>();
        void Add(string name, double value, string words)
        {
            if (value > 0)
            {
                features.Add(new RiskFeature(name, value, Weights[name], words));
            }
        }

        Add("claim", claimOff, $"the page presents itself as {f.ClaimedBrand} ({string.Join(", ", f.ClaimSignals)}) but is served from {f.Host}, not from {f.ClaimedBrand}'s domains");
        Add("claim_and_harvest", f.Harvests ? claimOff : 0, $"it asks for {f.ClaimedBrand} credentials on a site that is not {f.ClaimedBrand}'s");
        Add("password", f.PasswordForm ? 1 : 0, "it asks for a password");
        Add("card", f.AsksCard ? 1 : 0, "it asks for a card number or a card security code");
        Add("other_secret", f.OtherSecrets.Count > 0 ? 1 : 0, $"it asks for {string.Join(", ", f.OtherSecrets)}");
        Add("many_secrets", f.SecretGroups >= ManySecrets ? 1 : 0, string.Create(inv, $"it asks for {f.SecretGroups} kinds of secret at once, as kits that harvest a whole identity do"));
        Add("two_step", f.TwoStepLogin ? 1 : 0, "it asks for the e-mail address first, then the password, as Microsoft's and Google's sign-in does");
        Add("outside_forms", f.SecretsOutsideForms ? 1 : 0, "a secret field sits outside any form, to be sent by script");
        Add("posts_off_brand", f.PostsOffBrand is null ? 0 : 1, $"it sends what it asks to {f.PostsOffBrand}, another site");
        Add("kit_script", f.KitScript is null ? 0 : 1, $"it sends what it asks to {f.KitScript}, a script named the way phishing kits name theirs");
        Add("exfiltration", f.Exfiltration is null ? 0 : 1, $"its scripts send data to {f.Exfiltration}");
        Add("obfuscated", f.Obfuscated ? 1 : 0, "its markup is hidden in encoded script");
        Add("anti_analysis", f.AntiAnalysis ? 1 : 0, "its scripts block right-click or inspection, or send automated visitors away");
        Add("dead_links", f.DeadLinks ? 1 : 0, f.Links switch
        {
            null => "",
            { Total: 0 } => "it has no link at all, where a site's own sign-in page links to its help and privacy pages",
            { Total: 1 } => "its only link leads nowhere (\"#\" or script), as in a copied page",
            var (dead, total) when dead == total => string.Create(inv, $"all {total} of its links lead nowhere (\"#\" or script), as in a copied page"),
            var (dead, total) => string.Create(inv, $"{dead} of its {total} links lead nowhere (\"#\" or script), as in a copied page"),
        });
        Add("match", f.MatchScore / 100.0, string.Create(inv, $"the name imitates a watched domain (match score {f.MatchScore})"));
        Add("risky_tld", VerdictRules.RiskyTlds.Contains(f.Tld) ? 1 : 0, $"the .{f.Tld} TLD is often abused");
        Add("new_domain", f.RegisteredDaysAgo is < 30 ? 1 : 0, string.Create(inv, $"registered {f.RegisteredDaysAgo} day(s) ago"));
        Add("mx", f.HasMx ? 1 : 0, "it can receive e-mail (MX)");
        Add("forbidden_address", f.ForbiddenAddress ? 1 : 0, "the name points to a private or cloud-metadata address");
        Add("download", f.ServesDownload ? 1 : 0, "the site serves a file download");
        return [.. features.OrderByDescending(x => x.Contribution)];
    }

    public static double Probability(IReadOnlyList<RiskFeature> features) =>
        1 / (1 + Math.Exp(-(Intercept + features.Sum(x => x.Contribution))));
}
