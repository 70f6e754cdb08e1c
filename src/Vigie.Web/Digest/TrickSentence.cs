using System.Globalization;
using System.Text;
using Vigie.Alerts;
using Vigie.Core.Unicode;
using Vigie.Storage.Findings;
using Vigie.Web.Localization;

namespace Vigie.Web.Digest;

/// <summary>
/// The trick of a fake address in one plain sentence, the same in every language: the sentence of the matcher's first
/// technique (its own explanation, "xn--…[.]fr looks like … (homoglyph)", is written for analysts, not for the whole
/// team); for a hyphen that replaced a dot, which dot ("the dot after onedrive became a hyphen"). Look-alike letters
/// are named with their alphabet ("а is Cyrillic"), from the Unicode script data the matcher uses.
/// </summary>
internal static class TrickSentence
{
    public static string Of(Finding finding, string language)
    {
        var texts = Texts.Digest;
        var technique = finding.Techniques.Count > 0 ? finding.Techniques[0] : "other";
        if (technique == Core.Matching.Technique.DotToHyphen && DotBefore(finding.Unicode, finding.Target) is { } before)
        {
            return string.Format(CultureInfo.GetCultureInfo(language), texts.Get(language, "Trick.dot-to-hyphen.after"), before);
        }

        var key = texts.Keys("en").Contains("Trick." + technique) ? "Trick." + technique : "Trick.other";
        return string.Format(CultureInfo.GetCultureInfo(language), texts.Get(language, key), Defang.Name(finding.Unicode), finding.Target);
    }

    /// <summary>
    /// "“а” is Cyrillic, not the Latin letter it looks like." for each letter of the fake address outside ASCII; a Latin
    /// letter with a mark ("é") is one of the reader's own alphabet, so its note points at the mark instead.
    /// </summary>
    public static IReadOnlyList<string> ScriptNotes(Finding finding, string language)
    {
        var notes = new List<string>();
        var seen = new HashSet<int>();
        foreach (var rune in finding.Unicode.EnumerateRunes())
        {
            if (rune.IsAscii || !Rune.IsLetter(rune) || !seen.Add(rune.Value))
            {
                continue;
            }

            var script = ConfusableTable.Default.ScriptOf(rune.Value) switch
            {
                UnicodeScript.Cyrillic => "Script.Cyrillic",
                UnicodeScript.Greek => "Script.Greek",
                UnicodeScript.Armenian => "Script.Armenian",
                UnicodeScript.Latin => null,
                _ => "Script.Other",
            };
            var culture = CultureInfo.GetCultureInfo(language);
            notes.Add(script is null
                ? string.Format(culture, Texts.Digest.Get(language, "ScriptMarked"), rune.ToString())
                : string.Format(culture, Texts.Digest.Get(language, "Script"), rune.ToString(), Texts.Digest.Get(language, script)));
        }

        return notes;
    }

    /// <summary>"onedrive" for onedrive-en-marche.fr imitating en-marche.fr: the label whose following dot became the hyphen.</summary>
    private static string? DotBefore(string fake, string real)
    {
        if (!fake.EndsWith("-" + real, StringComparison.Ordinal) || fake.Length <= real.Length + 1)
        {
            return null;
        }

        var prefix = fake[..^(real.Length + 1)];
        return prefix[(prefix.LastIndexOf('.') + 1)..];
    }
}
