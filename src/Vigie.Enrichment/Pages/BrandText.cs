using System.Globalization;
using System.Text;

namespace Vigie.Enrichment.Pages;

/// <summary>
/// Text reduced for brand matching: lower case, accents dropped, the look-alike characters kits write brand names
/// with folded onto the letter they imitate (PayPaI, GMA1L, AppIe, Greek and Cyrillic letters: Unicode TR39
/// confusables for the Latin letters of brand names), every other sign a space, so that a name is found at word
/// boundaries only: "chase" is not in "purchase". Brand names go through the same reduction.
/// </summary>
internal static class BrandText
{
    public static string Skeleton(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = Fold(char.ToLowerInvariant(c));
            if (folded == ' ' && builder[^1] == ' ')
            {
                continue;
            }

            builder.Append(folded);
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    /// <summary>True when the skeleton of <paramref name="name"/> appears in <paramref name="skeleton"/> as whole words.</summary>
    public static bool Names(string skeleton, string name) => Count(skeleton, name) > 0;

    /// <summary>How many times the name appears as whole words.</summary>
    public static int Count(string skeleton, string name)
    {
        var word = Skeleton(name);
        var count = word.Trim().Contains(' ', StringComparison.Ordinal) ? Count(skeleton, word.Replace(" ", "", StringComparison.Ordinal)) : 0;
        for (var at = skeleton.IndexOf(word, StringComparison.Ordinal); at >= 0; at = skeleton.IndexOf(word, at + word.Length - 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static char Fold(char c) => c switch
    {
        '0' or 'ο' or 'о' => 'o',
        '1' or 'i' or '|' or '!' or 'ı' or 'і' or 'ӏ' or 'ι' => 'l',
        '3' or 'е' or 'ε' => 'e',
        '4' or 'а' or 'α' => 'a',
        '5' or '$' or 'ѕ' => 's',
        '7' => 't',
        'ρ' or 'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'ј' => 'j',
        '&' => '&',
        _ when char.IsAsciiLetterOrDigit(c) => c,
        _ when char.IsLetter(c) => c,
        _ => ' ',
    };
}
