namespace Vigie.Core.Matching;

/// <summary>How the matcher is built.</summary>
/// <param name="UsePopularAllowlist">Never report the bundled popular domains (Data/popular-domains.txt).</param>
/// <param name="MinScore">Matches scoring below this are not reported.</param>
internal sealed record MatcherOptions(bool UsePopularAllowlist = true, int MinScore = MatcherOptions.DefaultMinScore)
{
    /// <summary>
    /// The default threshold, chosen from the measurements in bench/README.md ("match"): below it the share of
    /// legitimate names flagged grows faster than the share of phishing names.
    /// </summary>
    public const int DefaultMinScore = 60;

    public static MatcherOptions Default { get; } = new();
}
