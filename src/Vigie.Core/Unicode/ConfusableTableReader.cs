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

    // A forward-only Utf8JsonReader pass: no document tree, and the character names ("n") are never decoded.
    // It is the bulk of start-up for `vigie permute` (Native AOT), where JsonDocument took about 10 ms.
    private static Dictionary<string, List<string>> ReadGraph(Stream stream)
    {
        var reader = new Utf8JsonReader(ReadAll(stream));
        var graph = new Dictionary<string, List<string>>(10_000, StringComparer.Ordinal);
        reader.Read(); // {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Clean(reader.GetString()!);
            var list = new List<string>();
            reader.Read(); // [
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isGlyph = reader.ValueTextEquals("c"u8);
                    reader.Read();
                    if (isGlyph)
                    {
                        list.Add(Clean(reader.GetString()!));
                    }
                }
            }

            graph[key] = list;
        }

        return graph;
    }

    // Right-to-left characters are wrapped in U+200E marks in the source file; they are not part of the glyph.
    private static string Clean(string s) => s.Contains('\u200e', StringComparison.Ordinal) ? s.Replace("\u200e", string.Empty, StringComparison.Ordinal) : s;

    // Utf8JsonReader as well: JsonDocument.Parse took about 4 ms on this 52 KB file at start-up under Native AOT.
    private static ScriptRanges ReadScripts(Stream stream)
    {
        var bytes = ReadAll(stream);
        var reader = new Utf8JsonReader(bytes);
        var names = new List<UnicodeScript>();
        var starts = new List<int>();
        var ends = new List<int>();
        var scripts = new List<UnicodeScript>();
        reader.Read(); // {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("iso_15924_aliases"u8))
            {
                reader.Read(); // [
                while (reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    names.Add(ToScript(reader.GetString()!));
                }
            }
            else if (reader.ValueTextEquals("code_points_ranges"u8))
            {
                reader.Read(); // [
                while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                {
                    reader.Read();
                    starts.Add(reader.GetInt32());
                    reader.Read();
                    ends.Add(reader.GetInt32());
                    reader.Read();
                    scripts.Add(names[reader.GetInt32()]);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        // the general category, not needed
                    }
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new ScriptRanges([.. starts], [.. ends], [.. scripts]);
    }

    private static ReadOnlySpan<byte> ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
    }

    // A switch rather than Enum.TryParse, which cost about 4 ms at start-up under Native AOT.
    private static UnicodeScript ToScript(string alias) => alias switch
    {
        "COMMON" => UnicodeScript.Common,
        "INHERITED" => UnicodeScript.Inherited,
        "LATIN" => UnicodeScript.Latin,
        "GREEK" => UnicodeScript.Greek,
        "CYRILLIC" => UnicodeScript.Cyrillic,
        "ARMENIAN" => UnicodeScript.Armenian,
        "HEBREW" => UnicodeScript.Hebrew,
        "ARABIC" => UnicodeScript.Arabic,
        "GEORGIAN" => UnicodeScript.Georgian,
        "HAN" => UnicodeScript.Han,
        "HIRAGANA" => UnicodeScript.Hiragana,
        "KATAKANA" => UnicodeScript.Katakana,
        "HANGUL" => UnicodeScript.Hangul,
        "THAI" => UnicodeScript.Thai,
        "DEVANAGARI" => UnicodeScript.Devanagari,
        _ => UnicodeScript.Other,
    };
}
