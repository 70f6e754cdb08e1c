using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigie.Web.Localization;

/// <summary>
/// The English texts Vigie stores — verdict reasons, observation summaries, the comments the pipeline leaves in the
/// audit trail — shown in the page's language. Each form Vigie writes is an English text of StoredTexts.resx with {n}
/// for its variable parts, as the code that writes it builds it (VerdictRules, RiskModel, OwnershipRules,
/// BrandClaimReader, InvestigationObservations, DnsRecheckService, TakedownDrafter); a stored text of that form is
/// rebuilt from the French text, each part translated in turn (a verdict's reasons, a claim's signals). A text of no
/// known form (a page title, a remote server's error) is shown as stored.
/// </summary>
internal static class StoredSentences
{
    /// <summary>Forms whose last part is a list of sentences separated by "; " (every other part stops at a ";").</summary>
    private static readonly HashSet<string> EndsWithList = ["Summary.Verdict"];

    private static readonly Lazy<IReadOnlyList<(Regex Form, string Key)>> Forms = new(Build);

    /// <summary><paramref name="stored"/> in <paramref name="language"/>.</summary>
    public static string Translate(string language, string stored) => language == "en" ? stored : Part(language, stored, 0);

    /// <summary>
    /// The matcher's explanation: as stored in English; in French rebuilt from the finding's name, target and
    /// techniques (the English sentence's detail, which letter changed, is in the highlighted name).
    /// </summary>
    public static string Explanation(string language, string name, string target, IReadOnlyList<string> techniques, string stored) =>
        language == "en"
            ? stored
            : string.Format(CultureInfo.InvariantCulture, Texts.Stored.Get(language, "Explanation"), name, target, string.Join(", ", techniques.Select(t => Technique(language, t))));

    /// <summary>A technique code in words; a code of no known technique as it is.</summary>
    public static string Technique(string language, string code) => Texts.Stored.TryGet(language, "Technique." + code) ?? code;

    /// <summary>A part: a sentence of a known form, else a list of them ("; " between reasons, ", " between signals), else as stored.</summary>
    private static string Part(string language, string text, int depth)
    {
        if (Sentence(language, text, depth) is { } whole)
        {
            return whole;
        }

        foreach (var separator in (string[])["; ", ", "])
        {
            var items = text.Split(separator);
            var translated = items.Select(i => Sentence(language, i, depth)).ToList();
            if (items.Length > 1 && translated.Any(t => t is not null))
            {
                return string.Join(separator, translated.Select((t, i) => t ?? Part(language, items[i], depth + 1)));
            }
        }

        return text;
    }

    private static string? Sentence(string language, string text, int depth)
    {
        if (depth > 3)
        {
            return null;
        }

        foreach (var (form, key) in Forms.Value)
        {
            if (form.Match(text) is { Success: true } match)
            {
                var parts = match.Groups.Values.Skip(1).Select(g => (object)Part(language, g.Value, depth + 1)).ToArray();
                return string.Format(CultureInfo.InvariantCulture, Texts.Stored.Get(language, key), parts);
            }
        }

        return null;
    }

    /// <summary>Each English form as an anchored pattern, the most literal first ("registrar unknown, created {0}" before "{0}, created {1}").</summary>
    private static IReadOnlyList<(Regex, string)> Build() =>
    [
        .. Texts.Stored.Keys("en").Where(k => !k.StartsWith("Technique.", StringComparison.Ordinal) && k != "Explanation")
            .Select(k => (Key: k, English: Texts.Stored.Get("en", k)))
            .OrderByDescending(f => Regex.Replace(f.English, @"\{\d+\}", "").Length).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => (new Regex("^" + Regex.Replace(Regex.Escape(f.English), @"\\\{(\d+)}",
                m => EndsWithList.Contains(f.Key) && m.Index + m.Length == Regex.Escape(f.English).Length ? "(.*)" : "([^;]*?)") + "$",
                RegexOptions.CultureInvariant | RegexOptions.Singleline), f.Key)),
    ];
}
