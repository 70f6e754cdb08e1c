using Vigie.Core.Domains;

namespace Vigie.Core.Permutations;

/// <summary>
/// The domain being permuted, split as dnstwist splits it (dnstwist.py, Fuzzer.__init__): the subdomain kept
/// as is, the registrable label (dnstwist fuzzes idna.decode(label)) and the public suffix, all in Unicode.
/// </summary>
internal sealed record PermutationTarget(string Subdomain, string Label, string Suffix)
{
    public static PermutationTarget From(DomainName domain) =>
        new(Idn.ToUnicode(domain.Subdomain), Idn.ToUnicode(domain.Label), Idn.ToUnicode(domain.Suffix));

    /// <summary>The full name with another registrable label, e.g. "onedrive" + "en-marhce" + "fr".</summary>
    public string WithLabel(string label) => Join(label, Suffix);

    /// <summary>What <see cref="WithLabel"/> puts before the label: the subdomain and its dot, if any.</summary>
    public string BeforeLabel => Subdomain.Length == 0 ? string.Empty : Subdomain + ".";

    /// <summary>What <see cref="WithLabel"/> puts after the label.</summary>
    public string AfterLabel => "." + Suffix;

    /// <summary>The full name with another label and suffix; an empty subdomain is left out, as dnstwist does.</summary>
    public string Join(string label, string suffix) =>
        Subdomain.Length == 0 ? string.Concat(label, ".", suffix) : string.Concat(Subdomain, ".", label, ".", suffix);

    /// <summary>The last label of the suffix, whose registry policy decides which characters a label may use.</summary>
    public string TopLevelDomain => Suffix[(Suffix.LastIndexOf('.') + 1)..];
}
