using System.Globalization;

namespace Vigie.Core.Scoring;

/// <summary>
/// Turns facts into a verdict (README.md, "vigie investigate", "Verdicts"). The brand's own evidence comes first
/// (<see cref="OwnershipRules.Decides"/>): strong evidence always wins, weak evidence only when the page verdict is
/// not phishing. The page verdict is the first rule that holds: a redirect to a genuine site, a page served from
/// the domains of the brand it presents itself as (benign: the form seen is the brand's own), a copy of a genuine
/// page (phishing), a parking page, nothing answering, a page that presents itself at full strength as a watched
/// brand away from its domains (phishing); then the risk model (<see cref="RiskModel"/>) decides
/// between phishing, suspicious and benign with thresholds taken from data. The score 0–100 follows the model's
/// probability inside the verdict's band, so that sorting by score never puts a parked page above a phishing page.
/// </summary>
internal static class VerdictRules
{
    /// <summary>Probability from which a page is phishing: no legitimate page of the tuning part reaches it.</summary>
    public const double PhishingAt = 0.5;

    /// <summary>Probability from which a page is suspicious.</summary>
    public const double SuspiciousAt = 0.2;

    /// <summary>
    /// TLDs over-represented in phishing relative to their size (Interisle Consulting, "Phishing Landscape 2024";
    /// Spamhaus's most-abused TLD list): a weak signal.
    /// </summary>
    public static readonly IReadOnlySet<string> RiskyTlds = new HashSet<string>(StringComparer.Ordinal)
    {
        "top", "xyz", "click", "link", "zip", "mov", "cfd", "sbs", "icu", "buzz", "rest", "shop", "online", "site",
        "live", "gq", "tk", "ml", "cf", "ga",
    };

    public static InvestigationAssessment Assess(InvestigationFacts f)
    {
        var features = RiskModel.Features(f);
        var p = RiskModel.Probability(features);
        // The contradiction (a watched brand's page away from the brand's domains) heads the evidence whenever it is there.
        var reasons = features.Where(x => x.Weight != 0 && x.Name != "claim_and_harvest")
            .OrderBy(x => x.Name == "claim" ? 0 : 1).Select(x => x.Words).ToList();
        var (verdict, lead) = Decide(f, p);
        if (OwnershipRules.Decides(f.Ownership, pageLooksLikePhishing: verdict == Verdict.Phishing))
        {
            // What the name shares with the brand outweighs what the page shows: the evidence leads.
            reasons.InsertRange(0, f.Ownership.Select(e => e.Reason));
            return new InvestigationAssessment(Verdict.BrandsOwn, Score(Verdict.BrandsOwn, p), reasons);
        }

        if (lead is not null)
        {
            reasons.Insert(0, lead);
        }

        return new InvestigationAssessment(verdict, Score(verdict, p), reasons);
    }

    /// <summary>The page verdict: what the page shows, before the brand's own evidence is weighed.</summary>
    private static (Verdict Verdict, string? Lead) Decide(InvestigationFacts f, double p)
    {
        // What is seen after a redirect to the genuine site is the genuine site: its login form proves nothing.
        if (f.RedirectsToGenuine)
        {
            return (Verdict.Benign, "redirects to the genuine site");
        }

        if (f.ClaimedBrand is not null && f.HostIsClaimedBrands)
        {
            return (Verdict.Benign, $"the page presents itself as {f.ClaimedBrand} and is served from {f.ClaimedBrand}'s own domain");
        }

        if (f.CopyOf is not null)
        {
            return (Verdict.Phishing, string.Create(CultureInfo.InvariantCulture, $"copy of {f.CopyOf}, {Math.Round(f.CloneSimilarity * 100)}% similar"));
        }

        if (f.ParkingProvider is not null && !f.Harvests)
        {
            return (Verdict.Parked, $"parked ({f.ParkingProvider})");
        }

        if (!f.WebAnswered && !f.HasMx && !f.ForbiddenAddress)
        {
            return (Verdict.Inactive, f.Resolves ? "no web server answers" : "the name has no address");
        }

        // A page that presents itself at full strength as a watched brand away from the brand's domains is the
        // contradiction that is phishing by itself (issue 16, item 3), whatever else the model weighs: a kit's
        // landing, "account limited" or "thank you" step asks for nothing. No legitimate page of bench/pages claims
        // a watched brand that strongly off its domains, even served under a look-alike name.
        if (f.ClaimsStronglyOffBrand)
        {
            return (Verdict.Phishing, null);
        }

        // Otherwise phishing takes something to steal: a page that asks for no secret stays suspicious however risky it looks.
        if (p >= PhishingAt && (f.Harvests || f.Exfiltration is not null))
        {
            return (Verdict.Phishing, null);
        }

        return p >= SuspiciousAt || f.ForbiddenAddress || f.ServesDownload ? (Verdict.Suspicious, null) : (Verdict.Benign, null);
    }

    /// <summary>The probability mapped into the verdict's band: phishing 80–100, suspicious 40–79, parked 20–39, benign, inactive and brand's own 0–19.</summary>
    private static int Score(Verdict verdict, double p)
    {
        var inBand = verdict switch
        {
            Verdict.Phishing => 80 + (20 * Math.Clamp((p - PhishingAt) / (1 - PhishingAt), 0, 1)),
            Verdict.Suspicious => 40 + (39 * Math.Clamp((p - SuspiciousAt) / (PhishingAt - SuspiciousAt), 0, 1)),
            Verdict.Parked => 20 + (19 * p),
            _ => 19 * Math.Clamp(p / SuspiciousAt, 0, 1),
        };
        return (int)Math.Round(inBand);
    }
}
