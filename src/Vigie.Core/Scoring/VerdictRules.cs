using System.Globalization;

namespace Vigie.Core.Scoring;

/// <summary>
/// Turns facts into a verdict (README.md, "vigie investigate", "Verdicts"): the first rule that holds wins, in the
/// order brand's own (<see cref="OwnershipRules.Decides"/>), benign redirect (after a redirect to the genuine site,
/// the login form seen is the genuine one and proves nothing), phishing, parked, inactive, suspicious, benign. The risk score adds the weight of each fact and is
/// then kept inside the verdict's band, so that sorting by score never puts a parked page above a phishing page.
/// </summary>
internal static class VerdictRules
{
    /// <summary>
    /// TLDs over-represented in phishing relative to their size (Interisle Consulting, "Phishing Landscape 2024";
    /// Spamhaus's most-abused TLD list): a weak signal, worth a few points.
    /// </summary>
    public static readonly IReadOnlySet<string> RiskyTlds = new HashSet<string>(StringComparer.Ordinal)
    {
        "top", "xyz", "click", "link", "zip", "mov", "cfd", "sbs", "icu", "buzz", "rest", "shop", "online", "site",
        "live", "gq", "tk", "ml", "cf", "ga",
    };

    public static InvestigationAssessment Assess(InvestigationFacts f)
    {
        var reasons = new List<string>();
        var points = f.MatchScore * 3 / 10;
        void Add(bool when, int weight, string reason)
        {
            if (when)
            {
                points += weight;
                reasons.Add(reason);
            }
        }

        Add(f.CopyOf is not null, 50, string.Create(CultureInfo.InvariantCulture, $"copy of {f.CopyOf}, {Math.Round(f.CloneSimilarity * 100)}% similar"));
        Add(f.PasswordForm, 25, "a password form");
        Add(f.TwoStepLogin, 20, "an e-mail-then-password sign-in step");
        Add(f.PostsCredentialsOffSite, 10, "the form posts credentials to another site");
        Add(f.BrandMentioned, 10, "the page names the brand");
        Add(f.HotLinkedFromGenuine > 0, 10, string.Create(CultureInfo.InvariantCulture, $"{f.HotLinkedFromGenuine} resource(s) loaded from the genuine site"));
        Add(f.ServesDownload, 15, "the site serves a file download");
        Add(f.ForbiddenAddress, 15, "the name points to a private or cloud-metadata address");
        Add(f.RegisteredDaysAgo is < 30, 15, string.Create(CultureInfo.InvariantCulture, $"registered {f.RegisteredDaysAgo} day(s) ago"));
        Add(f.HasMx, 5, "it can receive e-mail (MX)");
        Add(RiskyTlds.Contains(f.Tld), 5, $"the .{f.Tld} TLD is often abused");
        var verdict = Decide(f, reasons);
        var (low, high) = Band(verdict);
        return new InvestigationAssessment(verdict, Math.Clamp(points, low, high), reasons);
    }

    private static Verdict Decide(InvestigationFacts f, List<string> reasons)
    {
        if (OwnershipRules.Decides(f.Ownership, pageLooksLikePhishing: !f.RedirectsToGenuine && LooksLikePhishing(f)))
        {
            reasons.InsertRange(0, f.Ownership.Select(e => e.Reason));
            return Verdict.BrandsOwn;
        }

        // What is seen after a redirect to the genuine site is the genuine site: its login form proves nothing.
        if (f.RedirectsToGenuine)
        {
            reasons.Insert(0, "redirects to the genuine site");
            return Verdict.Benign;
        }

        if (LooksLikePhishing(f))
        {
            return Verdict.Phishing;
        }

        if (f.ParkingProvider is not null)
        {
            reasons.Insert(0, $"parked ({f.ParkingProvider})");
            return Verdict.Parked;
        }

        if (!f.WebAnswered && !f.HasMx && !f.ForbiddenAddress)
        {
            reasons.Insert(0, f.Resolves ? "no web server answers" : "the name has no address");
            return Verdict.Inactive;
        }

        return f.PasswordForm || f.TwoStepLogin || f.BrandMentioned || f.ServesDownload || f.ForbiddenAddress || f.HasMx
            ? Verdict.Suspicious
            : Verdict.Benign;
    }

    private static bool LooksLikePhishing(InvestigationFacts f) =>
        f.CopyOf is not null || ((f.PasswordForm || f.TwoStepLogin) && (f.BrandMentioned || f.HotLinkedFromGenuine > 0 || f.MatchScore >= 50));

    private static (int Low, int High) Band(Verdict verdict) => verdict switch
    {
        Verdict.Phishing => (80, 100),
        Verdict.Suspicious => (40, 79),
        Verdict.Parked => (20, 39),
        Verdict.Inactive => (0, 19),
        _ => (0, 19),
    };
}
