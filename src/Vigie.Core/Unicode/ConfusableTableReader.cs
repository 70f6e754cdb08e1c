using System.Text;
using System.Text.Json;

namespace Vigie.Core.Unicode;

/// <summary>
/// Reads the confusable_homoglyphs JSON files: confusables.json maps a character to the characters it can be
/// mistaken for ({"a": [{"c": "а", "n": "CYRILLIC SMALL LETTER A"}, …]}); categories.json lists code point ranges
/// as [start, end, script index, category index]. Read with Utf8JsonReader: no reflection, AOT-safe.
/// </summary>
internal static class ConfusableTableReader
{
    public static ConfusableTable Read(Stream confusables, Stream categories)
    {
        var graph = ReadGraph(confusables);
        var lookalikes = new Dictionary<char, string[]>();
        var prototypes = new Dictionary<int, char>();

        foreach (var (key, targets) in graph)
        {
            if (key.Length == 1 && (char.IsAsciiLetterLower(key[0]) || char.IsAsciiDigit(key[0])))
            {
                lookalikes[key[0]] = [.. targets.Where(IsOneCodePoint).Distinct()];
            }
        }

        // Letters before digits, so that "ο" (omicron) folds to 'o' rather than to '0'.
        foreach (var (ascii, targets) in lookalikes.OrderBy(kv => char.IsDigit(kv.Key)))
        {
            foreach (var t in targets.Where(t => !Ascii.IsValid(t)))
            {
                prototypes.TryAdd(Rune.GetRuneAt(t, 0).Value, ascii);
            }
        }

        foreach (var (key, targets) in graph)
        {
            if (IsOneCodePoint(key) && !Ascii.IsValid(key))
            {
                var ascii = targets.Where(t => t.Length == 1 && char.IsAsciiLetterOrDigit(t[0]))
                    .OrderBy(t => char.IsDigit(t[0])).FirstOrDefault();
                if (ascii is not null)
                {
                    prototypes.TryAdd(Rune.GetRuneAt(key, 0).Value, char.ToLowerInvariant(ascii[0]));
                }
            }
        }

        return new ConfusableTable(lookalikes, prototypes, ReadScripts(categories));
    }

    private static bool IsOneCodePoint(string s) => s.Length > 0 && Rune.GetRuneAt(s, 0).Utf16SequenceLength == s.Length;

    private static Dictionary<string, List<string>> ReadGraph(Stream stream)
    {
        using var doc = JsonDocument.Parse(stream);
        var graph = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in doc.RootElement.EnumerateObject())
        {
            var list = new List<string>();
            foreach (var item in entry.Value.EnumerateArray())
            {
                // Right-to-left characters are wrapped in U+200E marks in the source file; they are not part of the glyph.
                list.Add(item.GetProperty("c").GetString()!.Replace("\u200e", string.Empty, StringComparison.Ordinal));
            }

            graph[entry.Name.Replace("\u200e", string.Empty, StringComparison.Ordinal)] = list;
        }

        return graph;
    }

    private static ScriptRanges ReadScripts(Stream stream)
    {
        using var doc = JsonDocument.Parse(stream);
        var names = doc.RootElement.GetProperty("iso_15924_aliases").EnumerateArray().Select(e => ToScript(e.GetString()!)).ToArray();
        var ranges = doc.RootElement.GetProperty("code_points_ranges");
        var n = ranges.GetArrayLength();
        var starts = new int[n];
        var ends = new int[n];
        var scripts = new UnicodeScript[n];
        var i = 0;
        foreach (var r in ranges.EnumerateArray())
        {
            starts[i] = r[0].GetInt32();
            ends[i] = r[1].GetInt32();
            scripts[i] = names[r[2].GetInt32()];
            i++;
        }

        return new ScriptRanges(starts, ends, scripts);
    }

    private static UnicodeScript ToScript(string alias) =>
        Enum.TryParse<UnicodeScript>(alias.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var s)
            && s != UnicodeScript.Unknown ? s : UnicodeScript.Other;
}
