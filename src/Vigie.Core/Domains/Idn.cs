using System.Globalization;

namespace Vigie.Core.Domains;

/// <summary>
/// UTS 46 processing (unicode.org/reports/tr46) through .NET's IdnMapping, which uses ICU's
/// non-transitional mapping on Linux: "faß.de" stays "faß.de" (xn--fa-hia.de), as IDNA2008 registries expect.
/// </summary>
internal static class Idn
{
    // IdnMapping is not documented as thread-safe for mutation, but GetAscii/GetUnicode only read its flags.
    private static readonly IdnMapping Mapping = new() { AllowUnassigned = false, UseStd3AsciiRules = false };

    /// <summary>Maps, normalises and punycode-encodes a name or label; throws DomainNameException when UTS 46 refuses it.</summary>
    public static string ToAscii(string name)
    {
        try
        {
            return Mapping.GetAscii(name).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            throw new DomainNameException($"'{name}' is not a valid internationalised domain name (UTS 46)");
        }
    }

    /// <summary>The Unicode form for display; an ASCII name without "xn--" labels is returned as is.</summary>
    public static string ToUnicode(string asciiName)
    {
        if (!asciiName.Contains("xn--", StringComparison.Ordinal))
        {
            return asciiName;
        }

        try
        {
            return Mapping.GetUnicode(asciiName);
        }
        catch (ArgumentException)
        {
            throw new DomainNameException($"'{asciiName}' contains invalid punycode");
        }
    }
}
