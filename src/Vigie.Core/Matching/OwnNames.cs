using System.Collections.Frozen;

namespace Vigie.Core.Matching;

/// <summary>
/// Shapes of names that a watched domain's owner holds far more often than an impostor does, read from the name
/// alone (README.md, "vigie match", "Score"; the measurements in bench/README.md, "match", "Calibration").
/// </summary>
internal static class OwnNames
{
    // Second levels that registries of country domains open to everyone ("amazon.co.uk", "google.com.br",
    // "impots.gouv.fr"); a longer or other second level is a platform's suffix ("yolasite.com", "blogspot.fr").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountrySecondLevels =
        FrozenSet.Create(StringComparer.Ordinal, "ac", "co", "com", "edu", "gob", "gouv", "gov", "ne", "net", "or", "org")
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Lazy<FrozenSet<string>> Infrastructure =
        new(() => EmbeddedList.Read("Matching.infrastructure-words.txt").ToFrozenSet(StringComparer.Ordinal));

    /// <summary>
    /// A country ending: a two-letter top-level domain (ISO 3166-1 alpha-2 codes; IANA delegates no other two-letter
    /// TLDs, RFC 1591) alone or under a common second level: "fr", "co.uk", "com.br".
    /// </summary>
    public static bool IsCountryEnding(ReadOnlySpan<char> suffix)
    {
        var dot = suffix.LastIndexOf('.');
        var tld = suffix[(dot + 1)..];
        if (tld.Length != 2)
        {
            return false;
        }

        return dot < 0 || (suffix[..dot].IndexOf('.') < 0 && CountrySecondLevels.Contains(suffix[..dot]));
    }

    /// <summary>A top-level domain alone ("net", "dev"): a registry's ending, not a hosting platform's suffix.</summary>
    public static bool IsTopLevel(ReadOnlySpan<char> suffix) => suffix.IndexOf('.') < 0;

    /// <summary>
    /// True when what was added to a brand is only words for the machinery behind a site (Data/infrastructure-words.txt):
    /// "cdn" in "cdninstagram", "adsystem" in "amazon-adsystem". <paramref name="extra"/> is as a combination's
    /// explanation gives it: the text before and after the brand joined by '…', hyphens kept.
    /// </summary>
    public static bool IsInfrastructureOnly(string extra)
    {
        var tokens = extra.Split(['-', '…'], StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length > 0 && tokens.All(Infrastructure.Value.Contains);
    }
}
