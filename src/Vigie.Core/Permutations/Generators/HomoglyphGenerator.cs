namespace Vigie.Core.Permutations.Generators;

/// <summary>
/// Characters replaced by look-alikes the TLD's registry accepts. First exactly what dnstwist does with its own
/// glyph table (dnstwist.py, Fuzzer._homoglyph: every window shorter than the label, every character in it
/// replaced throughout the window, then the same again on each result); then one more pass with the TR39
/// confusables dnstwist's table lacks, one level only, which keeps the count bounded.
/// </summary>
internal sealed class HomoglyphGenerator : LabelGenerator
{
    public override string Technique => Techniques.Homoglyph;

    public override IEnumerable<string> Variants(string label) => Variants(label, HomoglyphTable.For(IdnPolicies.Default));

    public IEnumerable<string> Variants(string label, HomoglyphTable table)
    {
        var all = DnstwistVariants(label, table.Dnstwist);
        Mix(label, table.Confusables, all);
        return all;
    }

    /// <summary>dnstwist's two rounds of mix() with the given glyphs (dnstwist.py, Fuzzer._homoglyph).</summary>
    public static HashSet<string> DnstwistVariants(string label, IReadOnlyDictionary<char, string[]> glyphs)
    {
        var first = new HashSet<string>(StringComparer.Ordinal);
        Mix(label, glyphs, first);
        var all = new HashSet<string>(first, StringComparer.Ordinal);
        foreach (var once in first)
        {
            Mix(once, glyphs, all);
        }

        return all;
    }

    public override IEnumerable<string> Generate(PermutationTarget target)
    {
        var table = HomoglyphTable.For(IdnPolicies.For(target.TopLevelDomain));
        foreach (var variant in Variants(target.Label, table))
        {
            yield return target.WithLabel(variant);
        }
    }

    // dnstwist's mix(): for a window [i, i+w) with 1 <= w < len and a character c in it, every c in the window is
    // replaced. The distinct results are, for each character, each run of consecutive occurrences of it replaced,
    // except the run spanning the first to the last character (that window would be the whole label).
    // Most results are found again (the second round rebuilds the first's), so each is written into a buffer and
    // looked up there; only a new one becomes a string: half of `permute microsoftonline.com` was these copies.
    private static void Mix(string text, IReadOnlyDictionary<char, string[]> glyphs, HashSet<string> into)
    {
        var lookup = into.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> positions = stackalloc int[text.Length];
        Span<char> buffer = stackalloc char[256];
        foreach (var (c, replacements) in glyphs)
        {
            if (replacements.Length == 0)
            {
                continue;
            }

            var count = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == c)
                {
                    positions[count++] = i;
                }
            }

            for (var a = 0; a < count; a++)
            {
                for (var b = a; b < count; b++)
                {
                    if (positions[a] == 0 && positions[b] == text.Length - 1)
                    {
                        continue;
                    }

                    foreach (var glyph in replacements)
                    {
                        var length = text.Length + ((b - a + 1) * (glyph.Length - 1));
                        var result = length <= buffer.Length ? buffer[..length] : new char[length];
                        Replace(result, text, positions[a..(b + 1)], glyph);
                        lookup.Add(result);
                    }
                }
            }
        }
    }

    private static void Replace(Span<char> into, string text, ReadOnlySpan<int> at, string glyph)
    {
        var from = 0;
        var to = 0;
        foreach (var p in at)
        {
            text.AsSpan(from, p - from).CopyTo(into[to..]);
            to += p - from;
            glyph.AsSpan().CopyTo(into[to..]);
            to += glyph.Length;
            from = p + 1;
        }

        text.AsSpan(from).CopyTo(into[to..]);
    }
}
