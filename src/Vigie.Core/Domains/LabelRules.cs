using System.Text;

namespace Vigie.Core.Domains;

/// <summary>
/// The shape every name must have once in ASCII: letters, digits and hyphens (RFC 1035 §2.3.1, RFC 5891 §4.2.3),
/// labels of 1 to 63 characters, at most 253 in all, and a TLD that is not all digits (RFC 3696 §2).
/// Underscores are tolerated left of the registrable domain (service labels such as _dmarc, and names seen in
/// certificates) but never in the registrable label itself, which registries refuse.
/// </summary>
internal static class LabelRules
{
    private const int MaxName = 253;
    private const int MaxLabel = 63;

    public static string ToCheckedAscii(string host, string input)
    {
        if (host.Length == 0)
        {
            throw new DomainNameException($"'{input}' has no host name in it");
        }

        string ascii;
        if (Ascii.IsValid(host))
        {
            ascii = host.ToLowerInvariant();
            if (ascii.Contains("xn--", StringComparison.Ordinal))
            {
                // Decoding checks the punycode (RFC 3492) and the UTS 46 validity of the decoded label.
                Idn.ToUnicode(ascii);
            }
        }
        else
        {
            ascii = Idn.ToAscii(host);
        }

        if (ascii.Length > MaxName)
        {
            throw new DomainNameException($"'{Shorten(input)}' is longer than 253 characters, the limit for a domain name (RFC 1035 §2.3.4)");
        }

        CheckLabels(ascii, input);
        return ascii;
    }

    public static void CheckRegistrableLabel(ReadOnlySpan<char> label, string input)
    {
        if (label.Contains('_'))
        {
            throw new DomainNameException($"'{input}': the label '{label}' contains '_', which cannot be registered");
        }
    }

    private static void CheckLabels(string ascii, string input)
    {
        var last = ReadOnlySpan<char>.Empty;
        foreach (var range in ascii.AsSpan().Split('.'))
        {
            var label = ascii.AsSpan(range);
            if (label.IsEmpty)
            {
                throw new DomainNameException($"'{input}' has an empty label (two dots in a row, or a leading dot)");
            }

            if (label.Length > MaxLabel)
            {
                throw new DomainNameException($"'{Shorten(input)}' has a label longer than 63 characters (RFC 1035 §2.3.4)");
            }

            var bad = label.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789-_");
            if (bad >= 0)
            {
                throw new DomainNameException($"'{input}' contains '{label[bad]}', which is not allowed in a domain name");
            }

            if (label[0] == '-' || label[^1] == '-')
            {
                throw new DomainNameException($"'{input}': the label '{label}' starts or ends with a hyphen (RFC 5891 §4.2.3.1)");
            }

            if (label.Length >= 4 && label[2] == '-' && label[3] == '-' && !label.StartsWith("xn--"))
            {
                throw new DomainNameException($"'{input}': the label '{label}' has '--' in 3rd and 4th position, reserved for encodings (RFC 5891 §4.2.3.1)");
            }

            last = label;
        }

        if (last.IndexOfAnyExceptInRange('0', '9') < 0)
        {
            throw new DomainNameException($"'{input}' ends in an all-numeric label, which no top-level domain is (RFC 3696 §2)");
        }
    }

    private static string Shorten(string input) => input.Length <= 60 ? input : input[..57] + "...";
}
