using System.Globalization;
using System.Text;
using Vigie.Core.Domains;
using Vigie.Core.Unicode;

namespace Vigie.Core.Permutations;

/// <summary>
/// Decides whether a generated name could exist and be registered, and gives its ASCII and Unicode forms:
/// letters, digits and hyphens once in ASCII, labels of 1 to 63 characters, 253 in all, no hyphen first, last
/// or in 3rd and 4th position (RFC 1035 §2.3.1, RFC 5891 §4.2.3.1, the same shape as dnstwist's
/// VALID_FQDN_REGEX); a Unicode name must be one UTS 46 leaves unchanged (a character IDNA maps or refuses
/// cannot be registered) and its labels must pass the TLD registry's policy (<see cref="IdnPolicies"/>).
/// </summary>
internal static class NameValidator
{
    private const int MaxName = 253;
    private const int MaxLabel = 63;

    /// <summary>
    /// The ASCII form of a registrable-looking name, or false. Labels in <paramref name="ownLabels"/> (the input's
    /// own subdomain labels, chosen by its owner rather than a registry) are exempt from the registry's policy.
    /// </summary>
    public static bool TryNormalize(string candidate, out string ascii, IReadOnlyCollection<string>? ownLabels = null)
    {
        ascii = candidate;
        if (Ascii.IsValid(candidate))
        {
            return IsLdhName(candidate) && !candidate.Contains("xn--", StringComparison.Ordinal);
        }

        // The registry's policy first: it is cheaper than IDNA and refuses most TR39 look-alikes (mixed scripts).
        if (!AllowedByRegistry(candidate, ownLabels) || !IsStable(candidate))
        {
            return false;
        }

        try
        {
            ascii = Idn.ToAscii(candidate);
        }
        catch (DomainNameException)
        {
            return false;
        }

        return IsLdhName(ascii);
    }

    private static bool IsStable(string candidate)
    {
        var mayCompose = false;
        foreach (var rune in candidate.EnumerateRunes())
        {
            if (!rune.IsAscii)
            {
                // Per code point, learnt on first sight: with NFC, it replaces a ToUnicode round trip of every name,
                // the costliest step for 16,000 homoglyphs.
                if (!IdnaStability.IsStable(rune.Value))
                {
                    return false;
                }

                mayCompose |= MayCompose(rune);
            }
        }

        // A string of stable characters can still fail NFC only where one of them combines with what precedes it
        // (NFC_Quick_Check=Maybe, UAX 15) or is reordered (a non-zero combining class): combining marks and Hangul
        // vowel and trailing jamo. Asking ICU only then spares a call and its allocation for most names, which
        // have neither (the 1,600 homoglyphs of `permute example.com`).
        return !mayCompose || candidate.IsNormalized(NormalizationForm.FormC);
    }

    private static bool MayCompose(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        || rune.Value is (>= 0x1160 and <= 0x11FF) or (>= 0xD7B0 and <= 0xD7FF);

    private static bool IsLdhName(string ascii)
    {
        if (ascii.Length > MaxName)
        {
            return false;
        }

        var labels = 0;
        foreach (var range in ascii.AsSpan().Split('.'))
        {
            var label = ascii.AsSpan(range);
            labels++;
            if (label.IsEmpty || label.Length > MaxLabel || label[0] == '-' || label[^1] == '-'
                || label.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789-") >= 0)
            {
                return false;
            }

            if (label.Length >= 4 && label[2] == '-' && label[3] == '-' && !label.StartsWith("xn--"))
            {
                return false;
            }
        }

        return labels >= 2;
    }

    // Only the U-labels are checked: an ASCII label is letters, digits and hyphens, which every registry accepts.
    private static bool AllowedByRegistry(string unicode, IReadOnlyCollection<string>? ownLabels)
    {
        var policy = IdnPolicies.For(unicode.AsSpan(unicode.LastIndexOf('.') + 1));
        var table = ConfusableTable.Default;
        foreach (var range in unicode.AsSpan().Split('.'))
        {
            var label = unicode.AsSpan(range);
            if (!Ascii.IsValid(label) && (HasReservedHyphens(label) || !(policy.AllowsLabel(label, table) || IsOwn(label, ownLabels))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOwn(ReadOnlySpan<char> label, IReadOnlyCollection<string>? ownLabels)
    {
        if (ownLabels is not null)
        {
            foreach (var own in ownLabels)
            {
                if (label.SequenceEqual(own))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasReservedHyphens(ReadOnlySpan<char> label) => label.Length >= 4 && label[2] == '-' && label[3] == '-';
}
