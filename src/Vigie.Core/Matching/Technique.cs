namespace Vigie.Core.Matching;

/// <summary>
/// The names of imitation techniques as they appear in output (jsonl "technique", csv, text). They are part of
/// the interface: README.md, "vigie match" describes each with an example.
/// </summary>
internal static class Technique
{
    public const string Insertion = "insertion";
    public const string Omission = "omission";
    public const string Replacement = "replacement";
    public const string Transposition = "transposition";
    public const string Repetition = "repetition";
    public const string Addition = "addition";
    public const string Bitsquatting = "bitsquatting";
    public const string VowelSwap = "vowel-swap";
    public const string Homoglyph = "homoglyph";
    public const string MixedScripts = "mixed-scripts";
    public const string Hyphenation = "hyphenation";
    public const string DotToHyphen = "dot-to-hyphen";
    public const string DotInsertion = "dot-insertion";
    public const string Combosquatting = "combosquatting";
    public const string SubdomainImpersonation = "subdomain-impersonation";
    public const string TldSwap = "tld-swap";
    public const string BrandWithSuffix = "brand-with-suffix";
}
