using System.Globalization;
using System.Text;

namespace Vigie.Core.Unicode;

/// <summary>
/// Unicode TR39 confusables (unicode.org/reports/tr39, "Confusable Detection") as shipped in Vigie.Core/Data:
/// which characters can be mistaken for which, and the script of every code point. The JSON files are read at
/// build time (src/Vigie.Core.Generators) into constants (<c>CompiledConfusables</c>); the lookups are made from
/// them once, lazily, because only homoglyph generation and skeleton matching need them.
/// </summary>
internal sealed class ConfusableTable
{
    private static readonly Lazy<ConfusableTable> LazyDefault = new(FromCompiled);

    private readonly Dictionary<char, string[]> _lookalikes;

    // Built on the first skeleton: only matching asks for prototypes, and `vigie permute` (homoglyphs, scripts) would
    // otherwise build 1,351 entries for nothing at every start (bench/README.md, "startup", session 8).
    private Dictionary<int, char>? _prototypes;

    private ConfusableTable(Dictionary<char, string[]> lookalikes) => _lookalikes = lookalikes;

    public static ConfusableTable Default => LazyDefault.Value;

    /// <summary>How many code points have an ASCII prototype (for the test against the source files).</summary>
    internal int PrototypeCount => Prototypes.Count;

    /// <summary>How many code point ranges have a script (for the test against the source files).</summary>
    internal int ScriptRangeCount => CompiledConfusables.ScriptStarts.Length;

    /// <summary>
    /// Every single-character string TR39 lists as confusable with an ASCII letter or digit ('a' → "а" Cyrillic,
    /// "ɑ", "α", full-width and mathematical forms…), ASCII look-alikes ('l' → "1", "I") included.
    /// </summary>
    public IReadOnlyList<string> LookalikesOf(char ascii) =>
        _lookalikes.TryGetValue(char.ToLowerInvariant(ascii), out var list) ? list : [];

    /// <summary>
    /// The ASCII look-alike of a text: each code point TR39 says is confusable with an ASCII letter or digit is
    /// replaced by it, accents are dropped (NFD base letter, "pàypal" → "paypal"), and the result is lower-cased.
    /// Code points with no ASCII look-alike are kept, so "pаypal" (Cyrillic а) and "paypal" share a skeleton but
    /// a Chinese name keeps its own.
    /// </summary>
    public string Skeleton(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            AppendSkeleton(sb, rune);
        }

        return sb.ToString();
    }

    /// <summary>The script of a code point (UAX 24), as recorded in the shipped table: sorted, non-overlapping ranges
    /// searched by bisection where the compiled constants lie, never copied.</summary>
    public UnicodeScript ScriptOf(int codePoint)
    {
        var i = CompiledConfusables.ScriptStarts.BinarySearch(codePoint);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return i >= 0 && codePoint <= CompiledConfusables.ScriptEnds[i] ? (UnicodeScript)CompiledConfusables.Scripts[i] : UnicodeScript.Unknown;
    }

    private void AppendSkeleton(StringBuilder sb, Rune rune)
    {
        if (rune.IsAscii)
        {
            sb.Append(char.ToLowerInvariant((char)rune.Value));
            return;
        }

        if (Prototypes.TryGetValue(rune.Value, out var ascii))
        {
            sb.Append(ascii);
            return;
        }

        if (!TryDecompose(rune, out var decomposed))
        {
            // Noncharacters such as U+FFFE cannot be normalised; they have no look-alike either.
            sb.Append(rune.ToString());
            return;
        }

        var baseRune = Rune.GetRuneAt(decomposed, 0);
        if (decomposed.Length > baseRune.Utf16SequenceLength && (baseRune.IsAscii || Prototypes.ContainsKey(baseRune.Value)))
        {
            // Only the combining marks differ from a known letter: keep the letter (TR39 §4 folds marks too).
            AppendSkeleton(sb, baseRune);
            return;
        }

        sb.Append(rune.ToString().ToLower(CultureInfo.InvariantCulture));
    }

    private static ConfusableTable FromCompiled()
    {
        var lookalikes = new Dictionary<char, string[]>(CompiledConfusables.LookalikeKeys.Length);
        var glyphs = CompiledConfusables.Lookalikes.AsSpan();
        var counts = CompiledConfusables.LookalikeCounts;
        for (var k = 0; k < counts.Length; k++)
        {
            // Every look-alike is one code point: one or two UTF-16 units.
            var list = new string[counts[k]];
            for (var j = 0; j < list.Length; j++)
            {
                Rune.DecodeFromUtf16(glyphs, out var rune, out var length);
                list[j] = rune.ToString();
                glyphs = glyphs[length..];
            }

            lookalikes[CompiledConfusables.LookalikeKeys[k]] = list;
        }

        return new ConfusableTable(lookalikes);
    }

    // Several threads may build it at once (parallel matching); each builds the same, one is kept.
    private Dictionary<int, char> Prototypes => LazyInitializer.EnsureInitialized(ref _prototypes, CompiledPrototypes);

    private static Dictionary<int, char> CompiledPrototypes()
    {
        var codePoints = CompiledConfusables.PrototypeCodePoints;
        var prototypes = new Dictionary<int, char>(codePoints.Length);
        for (var i = 0; i < codePoints.Length; i++)
        {
            prototypes[codePoints[i]] = CompiledConfusables.PrototypeAscii[i];
        }

        return prototypes;
    }

    private static bool TryDecompose(Rune rune, out string decomposed)
    {
        try
        {
            decomposed = rune.ToString().Normalize(NormalizationForm.FormD);
            return true;
        }
        catch (ArgumentException)
        {
            decomposed = string.Empty;
            return false;
        }
    }
}
