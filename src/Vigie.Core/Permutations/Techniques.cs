namespace Vigie.Core.Permutations;

/// <summary>
/// Technique names. The dnstwist ones keep dnstwist's spelling (dnstwist.py, Fuzzer.generate) so rows can be
/// compared side by side; the others are Vigie's, for tricks dnstwist does not generate.
/// </summary>
internal static class Techniques
{
    public const string Addition = "addition";
    public const string Bitsquatting = "bitsquatting";
    public const string Cyrillic = "cyrillic";
    public const string Homoglyph = "homoglyph";
    public const string Hyphenation = "hyphenation";
    public const string Insertion = "insertion";
    public const string Omission = "omission";
    public const string Plural = "plural";
    public const string Repetition = "repetition";
    public const string Replacement = "replacement";
    public const string Subdomain = "subdomain";
    public const string Transposition = "transposition";
    public const string VowelSwap = "vowel-swap";
    public const string Dictionary = "dictionary";
    public const string TldSwap = "tld-swap";
    public const string Various = "various";
    public const string DotToHyphen = "dot-to-hyphen";
    public const string Combosquat = "combosquat";
    public const string Stacked = "stacked";

    /// <summary>Every technique, in the order the engine runs them: dnstwist's order first, so that a name two
    /// techniques produce is credited to the same one as in dnstwist (its set keeps the first insertion).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Addition, Bitsquatting, Cyrillic, Homoglyph, Hyphenation, Insertion, Omission, Repetition, Replacement,
        Subdomain, Transposition, VowelSwap, Dictionary, TldSwap, Various, Plural, DotToHyphen, Combosquat, Stacked,
    ];

    /// <summary>The single-typo techniques whose variants of the brand the stacked technique combines with a word.</summary>
    public static IReadOnlyList<string> Typos { get; } =
    [
        Addition, Bitsquatting, Hyphenation, Insertion, Omission, Repetition, Replacement, Transposition, VowelSwap, Plural,
    ];
}
