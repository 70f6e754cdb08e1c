namespace Vigie.TestSupport;

/// <summary>
/// The parts of ../shared/data whose licence does not allow redistribution under Apache-2.0, with the reason their
/// folder's README gives. Tests read them from ../shared/data and never copy them into tests/data.
/// </summary>
public static class OutsideRepository
{
    private static readonly (string Prefix, string Reason)[] Parts =
    [
        ("pages/", "phishing-kit and third-party pages, no licence"),
        ("phishing/general/", "PhishTank records under its terms of use, no licence"),
        ("legit/", "Cisco Umbrella list, no licence"),
        ("formats/rpz/hagezi-tif-light/", "GPL-3.0"),
        ("formats/rpz/adaway/", "GPL-3.0-or-later"),
        ("formats/misp/feed/", "AGPL-3.0"),
        ("signin/google/elastic-", "Elastic License 2.0"),
        ("signin/other/fail2ban-", "GPL-2.0-or-later"),
    ];

    /// <summary>Why <paramref name="relative"/> (a path under shared/data) stays out of the repository, or null when it may be copied.</summary>
    public static string? Reason(string relative)
    {
        var path = relative.Replace('\\', '/').TrimStart('/');
        foreach (var (prefix, reason) in Parts)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) || prefix == path + "/")
            {
                return reason;
            }
        }

        return null;
    }
}
