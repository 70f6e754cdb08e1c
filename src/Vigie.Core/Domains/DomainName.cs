namespace Vigie.Core.Domains;

/// <summary>
/// A domain name as people paste it (hostname, URL, Unicode or punycode, any case, trailing dot, "*."),
/// reduced to its lower-case ASCII form and split by the Public Suffix List into
/// subdomain . label . suffix, e.g. "onedrive" . "en-marche" . "fr".
/// </summary>
internal sealed record DomainName
{
    private DomainName(string ascii, int labelStart, int suffixStart, bool listed, bool wildcard)
    {
        Ascii = ascii;
        Unicode = Idn.ToUnicode(ascii);
        Suffix = ascii[suffixStart..];
        RegistrableDomain = ascii[labelStart..];
        Label = ascii[labelStart..(suffixStart - 1)];
        Subdomain = labelStart == 0 ? string.Empty : ascii[..(labelStart - 1)];
        SuffixIsListed = listed;
        IsWildcard = wildcard;
    }

    /// <summary>"onedrive.en-marche.fr": A-labels, lower case, no trailing dot, no "*.".</summary>
    public string Ascii { get; }

    /// <summary>The same name with U-labels, for display.</summary>
    public string Unicode { get; }

    /// <summary>The public suffix in ASCII: "fr", "co.uk", "github.io".</summary>
    public string Suffix { get; }

    /// <summary>The part one person registers: "en-marche.fr".</summary>
    public string RegistrableDomain { get; }

    /// <summary>The registrable label without its suffix: "en-marche".</summary>
    public string Label { get; }

    /// <summary>Everything left of the registrable domain ("onedrive"), or "" when there is none.</summary>
    public string Subdomain { get; }

    /// <summary>True when an explicit rule of the list matched; false for an unknown TLD (only the implicit "*" rule).</summary>
    public bool SuffixIsListed { get; }

    /// <summary>The input started with "*." (a wildcard certificate name or a pattern).</summary>
    public bool IsWildcard { get; }

    /// <summary>Parses a name; throws <see cref="DomainNameException"/> with a one-line reason when it is not a domain.</summary>
    public static DomainName Parse(string? input) => Parse(input, PublicSuffixList.Default);

    public static DomainName Parse(string? input, PublicSuffixList suffixes)
    {
        var (host, wildcard) = HostExtractor.Extract(input);
        var ascii = LabelRules.ToCheckedAscii(host, input!);
        var (suffixStart, listed) = suffixes.FindSuffix(ascii);
        if (suffixStart == 0)
        {
            throw new DomainNameException(listed
                ? $"'{input}' is a public suffix, not a domain someone can register"
                : $"'{input}' has a single label: give a full domain name such as example.org");
        }

        var labelStart = ascii.LastIndexOf('.', suffixStart - 2) + 1;
        LabelRules.CheckRegistrableLabel(ascii.AsSpan(labelStart, suffixStart - 1 - labelStart), input!);
        return new DomainName(ascii, labelStart, suffixStart, listed, wildcard);
    }

    public static bool TryParse(string? input, out DomainName? name, out string? error) =>
        TryParse(input, PublicSuffixList.Default, out name, out error);

    public static bool TryParse(string? input, PublicSuffixList suffixes, out DomainName? name, out string? error)
    {
        try
        {
            name = Parse(input, suffixes);
            error = null;
            return true;
        }
        catch (DomainNameException e)
        {
            name = null;
            error = e.Message;
            return false;
        }
    }

    public override string ToString() => Ascii;
}
