using System.Text;
using System.Text.Json;

namespace Vigie.Core.Unicode;

/// <summary>
/// Reads the confusable_homoglyphs JSON files: confusables.json maps a character to the characters it can be
/// mistaken for ({"a": [{"c": "а", "n": "CYRILLIC SMALL LETTER A"}, …]}); categories.json lists code point ranges
/// as [start, end, script index, category index]. Compiled into the table generator (src/Vigie.Core.Generators),
/// which runs it at build time, and into Vigie.Core, whose tests check the compiled table against it.
/// </summary>
internal static class ConfusableTableReader
{
    public static ConfusableData Read(Stream confusables, Stream categories)
    {
        var (lookalikes, keyPrototypes) = ReadConfusables(confusables);
        var prototypes = new Dictionary<int, char>();

        // Letters before digits, so that "ο" (omicron) folds to 'o' rather than to '0'.
        foreach (var (ascii, targets) in lookalikes.OrderBy(kv => char.IsDigit(kv.Key)))
        {
            foreach (var t in targets.Where(t => !Ascii.IsValid(t)))
            {
                prototypes.TryAdd(Rune.GetRuneAt(t, 0).Value, ascii);
            }
        }

        foreach (var (codePoint, ascii) in keyPrototypes)
        {
            prototypes.TryAdd(codePoint, ascii);
        }

        var (starts, ends, scripts) = ReadScripts(categories);
        return new ConfusableData(lookalikes, prototypes, starts, ends, scripts);
    }

    private static bool IsOneCodePoint(string s) => s.Length > 0 && Rune.GetRuneAt(s, 0).Utf16SequenceLength == s.Length;

    // One forward-only Utf8JsonReader pass that decodes only what the table keeps: the targets of the ASCII letters
    // and digits, and the other keys that have an ASCII letter or digit among their targets (with that letter,
    // letters before digits). Character names ("n") and every other string are never decoded.
    private static (Dictionary<char, string[]> Lookalikes, List<(int CodePoint, char Ascii)> KeyPrototypes) ReadConfusables(Stream stream)
    {
        var lookalikes = new Dictionary<char, string[]>();
        var keyPrototypes = new List<(int, char)>();
        var reader = new Utf8JsonReader(ReadAll(stream));
        reader.Read(); // {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var keyReader = reader; // a copy positioned on the key, decoded only if needed
            var asciiKey = AsciiLetterOrDigit(ref reader);
            List<string>? targets = asciiKey is >= 'a' and <= 'z' or >= '0' and <= '9' ? [] : null;
            char letter = default, digit = default;
            reader.Read(); // [
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isGlyph = reader.ValueTextEquals("c"u8);
                    reader.Read();
                    if (!isGlyph)
                    {
                        continue;
                    }

                    if (targets is not null)
                    {
                        targets.Add(Clean(reader.GetString()!));
                    }
                    else if (AsciiLetterOrDigit(ref reader) is var c and not '\0')
                    {
                        if (char.IsAsciiDigit(c))
                        {
                            digit = digit == default ? c : digit;
                        }
                        else
                        {
                            letter = letter == default ? c : letter;
                        }
                    }
                }
            }

            if (targets is not null)
            {
                lookalikes[asciiKey] = [.. targets.Where(IsOneCodePoint).Distinct()];
            }
            else if (letter != default || digit != default)
            {
                var key = Clean(keyReader.GetString()!);
                if (IsOneCodePoint(key) && !Ascii.IsValid(key))
                {
                    keyPrototypes.Add((Rune.GetRuneAt(key, 0).Value, char.ToLowerInvariant(letter != default ? letter : digit)));
                }
            }
        }

        return (lookalikes, keyPrototypes);
    }

    // The ASCII letter or digit the current string token is, or default: json.dumps escapes every non-ASCII
    // character, so a one-byte unescaped token is all it takes.
    private static char AsciiLetterOrDigit(ref Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && reader.ValueSpan.Length == 1 && char.IsAsciiLetterOrDigit((char)reader.ValueSpan[0])
            ? (char)reader.ValueSpan[0]
            : default;

    // Right-to-left characters are wrapped in U+200E marks in the source file; they are not part of the glyph.
    private static string Clean(string s) => s.Contains('\u200e', StringComparison.Ordinal) ? s.Replace("\u200e", string.Empty, StringComparison.Ordinal) : s;

    private static (int[] Starts, int[] Ends, UnicodeScript[] Scripts) ReadScripts(Stream stream)
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

        return ([.. starts], [.. ends], [.. scripts]);
    }

    private static ReadOnlySpan<byte> ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
    }

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
