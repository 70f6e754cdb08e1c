using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Vigie.Decoys.Generation;

/// <summary>
/// How the organisation spells its addresses: two parts among first, last, f (initial of the first name) and l, with
/// an optional separator (".", "_" or "-"): first.last, f.last, firstlast, last.first, first_l… Names are folded to
/// what mail systems accept in practice: lower case, accents dropped, spaces and apostrophes removed, hyphens kept
/// (jean-pierre.le-gall is what French organisations issue).
/// </summary>
internal sealed partial record AddressPattern(string Text, string FirstPart, string Separator, string SecondPart)
{
    public static AddressPattern Default { get; } = Parse("first.last");

    public static AddressPattern Parse(string text) =>
        Shape().Match(text.Trim().ToLowerInvariant()) is { Success: true } m
            ? new AddressPattern(m.Value, m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)
            : throw new ArgumentException($"--pattern: '{text}' is not two of first, last, f, l joined by '.', '_', '-' or nothing (first.last, f.last, firstlast)");

    public string LocalPart(string first, string last) => Part(FirstPart, first, last) + Separator + Part(SecondPart, first, last);

    /// <summary>Whether <paramref name="localPart"/> has this pattern's shape (the tests' check of 1,000 decoys).</summary>
    public bool Matches(string localPart)
    {
        var name = @"[a-z]+(?:-[a-z]+)*";
        string Piece(string part) => part is "first" or "last" ? name : "[a-z]";
        return Regex.IsMatch(localPart, $"^{Piece(FirstPart)}{Regex.Escape(Separator)}{Piece(SecondPart)}[0-9]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public static string Fold(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c) switch { 'æ' => "ae", 'œ' => "oe", 'ß' => "ss", var other => other.ToString() };
            foreach (var l in lower)
            {
                if (l is >= 'a' and <= 'z' || (l == '-' && text.Length > 0 && text[^1] != '-'))
                {
                    text.Append(l);
                }
            }
        }

        return text.ToString().Trim('-');
    }

    private static string Part(string part, string first, string last) => part switch
    {
        "first" => Fold(first),
        "last" => Fold(last),
        "f" => Fold(first)[..1],
        _ => Fold(last)[..1],
    };

    [GeneratedRegex(@"^(first|last|f|l)([._-]?)(first|last|f|l)$")]
    private static partial Regex Shape();
}
