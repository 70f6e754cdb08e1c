namespace Vigie.Core.Scoring;

/// <summary>What an investigation concludes about a finding (DESIGN.md, "Core concepts"); printed by <see cref="VerdictNames"/>.</summary>
internal enum Verdict
{
    /// <summary>The name shares the genuine domain's name servers, mail exchangers, certificate organisation or registrant.</summary>
    BrandsOwn,

    /// <summary>Live credential harvesting: a copy of a genuine login page, or a sign-in form wearing the brand.</summary>
    Phishing,

    /// <summary>Signals without proof: a login form, the brand, a download, mail servers, a forbidden address.</summary>
    Suspicious,

    /// <summary>A parking or for-sale page.</summary>
    Parked,

    /// <summary>Nothing answers: no address, or no web server.</summary>
    Inactive,

    /// <summary>A page with no sign of imitation, or a redirect to the genuine site (a defensive registration).</summary>
    Benign,
}
