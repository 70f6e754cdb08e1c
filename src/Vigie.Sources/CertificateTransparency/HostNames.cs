using Vigie.Core.Domains;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Turns a CN or SAN dNSName into the form the matcher takes: wildcard label stripped ("*.example.com" names
/// example.com's subdomains, so the registrable part is what matters), lower-case, no trailing dot. A CN that
/// is not a host name (an organisation name, an IP address) yields nothing: since CA/B Forum BR 7.1.4.3 the
/// CN repeats a SAN entry, and older certificates put free text there.
/// </summary>
internal static class HostNames
{
    public static string? Normalize(string raw)
    {
        var name = raw.Trim();
        if (name.StartsWith("*.", StringComparison.Ordinal))
        {
            name = name[2..];
        }

        name = name.TrimEnd('.');
        if (name.Length is 0 or > 253 || !name.Contains('.', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal) || name[0] == '.')
        {
            return null;
        }

        Span<char> lower = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var allDigitsOrDots = true;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is >= 'A' and <= 'Z')
            {
                c = (char)(c + 32);
            }
            else if (c > 0x7f)
            {
                return FromUnicode(name);
            }
            else if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '.' or '_'))
            {
                return null;
            }

            allDigitsOrDots &= c is >= '0' and <= '9' or '.';
            lower[i] = c;
        }

        if (allDigitsOrDots)
        {
            return null;
        }

        return lower.SequenceEqual(name) ? name : new string(lower);
    }

    /// <summary>The Unicode form of a normalised name for people to read (UTS 46 ToUnicode); the ASCII form when its punycode is invalid.</summary>
    public static string ToDisplay(string ascii)
    {
        try
        {
            return Idn.ToUnicode(ascii);
        }
        catch (DomainNameException)
        {
            return ascii;
        }
    }

    // A SAN dNSName must hold A-labels (RFC 5280 §4.2.1.6) but a UTF8String CN may carry U-labels.
    private static string? FromUnicode(string name)
    {
        try
        {
            var ascii = Idn.ToAscii(name);
            return ascii.Any(c => c > 0x7f) ? null : Normalize(ascii);
        }
        catch (DomainNameException)
        {
            return null;
        }
    }

    /// <summary>Adds a normalised name unless it is already there (a CN usually repeats a SAN entry).</summary>
    public static void AddDistinct(List<string> names, string raw)
    {
        var name = Normalize(raw);
        if (name is not null && !names.Contains(name))
        {
            names.Add(name);
        }
    }
}
