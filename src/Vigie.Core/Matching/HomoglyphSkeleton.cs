using System.Text;
using Vigie.Core.Domains;
using Vigie.Core.Permutations.Generators;
using Vigie.Core.Unicode;

namespace Vigie.Core.Matching;

/// <summary>
/// The TR39 skeleton of a Unicode name (unicode.org/reports/tr39 §4), label by label, so that the scanner can
/// compare it with the watched ASCII labels; and the wording of matches found that way.
/// </summary>
internal static class HomoglyphSkeleton
{
    // dnstwist's glyphs that TR39 gives no ASCII reading ('ə' for 'a', 'ƿ' for 'p', 'ɫ' for 'l'), read as the letter
    // they stand for there: `vigie permute` writes them, so the matcher reads them back.
    private static readonly Lazy<Dictionary<char, char>> Glyphs = new(BuildGlyphs);

    /// <summary>The skeleton of a Unicode name, or null when it reads as the name's own ASCII form.</summary>
    public static (string Name, NameLayout Layout)? Of(DomainName parsed)
    {
        var labels = parsed.Unicode.Split('.');
        var skeleton = labels.Select(l => ConfusableTable.Default.Skeleton(ReadGlyphs(l))).ToArray();
        var name = string.Join('.', skeleton);
        if (name == parsed.Ascii)
        {
            return null;
        }

        var suffixLabels = parsed.Suffix.Count(c => c == '.') + 1;
        var labelIndex = labels.Length - suffixLabels - 1;
        var start = skeleton.Take(labelIndex).Sum(l => l.Length + 1);
        return (name, new NameLayout(start, start + skeleton[labelIndex].Length));
    }

    /// <summary>
    /// Adds the homoglyph technique (and mixed scripts) to what the skeleton matched and, unless
    /// <paramref name="raise"/> is false (evidence that stays weak once read as ASCII), its score.
    /// </summary>
    public static Assessment Upgrade(Assessment assessment, DomainName parsed, bool raise = true)
    {
        var techniques = new List<string> { Technique.Homoglyph };
        var label = Idn.ToUnicode(parsed.Label);
        if (Scripts(label).Count > 1)
        {
            techniques.Add(Technique.MixedScripts);
        }

        techniques.AddRange(assessment.Techniques);
        var lookalikes = Lookalikes(parsed.Unicode);
        var why = raise && assessment.Techniques.SequenceEqual([Technique.Homoglyph])
            ? $"{parsed.Unicode} imitates {assessment.Target.Display} with look-alike characters ({lookalikes})"
            : $"{parsed.Unicode} uses look-alike characters ({lookalikes}); read as ASCII, {assessment.Explanation}";
        return assessment with
        {
            Techniques = [.. techniques.Distinct()],
            Score = raise ? Math.Max(assessment.Score, Scores.Homoglyph) : assessment.Score,
            Explanation = why,
        };
    }

    private static string ReadGlyphs(string label)
    {
        if (Ascii.IsValid(label))
        {
            return label;
        }

        var glyphs = Glyphs.Value;
        return string.Create(label.Length, label, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = glyphs.TryGetValue(text[i], out var letter) ? letter : text[i];
            }
        });
    }

    private static Dictionary<char, char> BuildGlyphs()
    {
        var glyphs = new Dictionary<char, char>();
        foreach (var (letter, lookalikes) in HomoglyphTable.DnstwistUnfiltered())
        {
            foreach (var glyph in lookalikes)
            {
                if (glyph.Length == 1 && !char.IsAscii(glyph[0]) && !Ascii.IsValid(ConfusableTable.Default.Skeleton(glyph)))
                {
                    glyphs.TryAdd(glyph[0], letter);
                }
            }
        }

        return glyphs;
    }

    private static HashSet<UnicodeScript> Scripts(string label)
    {
        var scripts = new HashSet<UnicodeScript>();
        foreach (var rune in label.EnumerateRunes())
        {
            var script = ConfusableTable.Default.ScriptOf(rune.Value);
            if (script is not (UnicodeScript.Common or UnicodeScript.Inherited or UnicodeScript.Unknown))
            {
                scripts.Add(script);
            }
        }

        return scripts;
    }

    private static string Lookalikes(string unicode)
    {
        var parts = new List<string>();
        foreach (var rune in unicode.EnumerateRunes())
        {
            if (!rune.IsAscii)
            {
                var text = rune.ToString();
                var ascii = ConfusableTable.Default.Skeleton(ReadGlyphs(text));
                var script = ConfusableTable.Default.ScriptOf(rune.Value);
                var part = ascii != text ? $"'{text}' ({script}) for '{ascii}'" : $"'{text}' ({script})";
                if (!parts.Contains(part))
                {
                    parts.Add(part);
                }
            }
        }

        return string.Join(", ", parts);
    }
}
