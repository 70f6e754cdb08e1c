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

    public override IEnumerable<string> Variants(string label) =>
        Names(string.Empty, label, string.Empty, HomoglyphTable.For(IdnPolicies.Default));

    /// <summary>dnstwist's two rounds of mix() with the given glyphs (dnstwist.py, Fuzzer._homoglyph).</summary>
    public static HashSet<string> DnstwistVariants(string label, IReadOnlyDictionary<char, string[]> glyphs) =>
        DnstwistNames(string.Empty, label, string.Empty, glyphs);

    // Each variant is written with the rest of the name around it, so that it becomes one string, the name, rather
    // than a label and then a name: the labels were a fifth of what `permute example.com` allocated, each byte a page
    // the process touches for the first time (bench/README.md, "startup", session 8).
    public override IEnumerable<string> Generate(PermutationTarget target)
    {
        var table = HomoglyphTable.For(IdnPolicies.For(target.TopLevelDomain));
        return Names(target.BeforeLabel, target.Label, target.AfterLabel, table);
    }

    private static HashSet<string> Names(string prefix, string label, string suffix, HomoglyphTable table)
    {
        var all = DnstwistNames(prefix, label, suffix, table.Dnstwist);
        Mix(prefix, label, suffix, table.Confusables, all);
        return all;
    }

    private static HashSet<string> DnstwistNames(string prefix, string label, string suffix, IReadOnlyDictionary<char, string[]> glyphs)
    {
        var first = new HashSet<string>(StringComparer.Ordinal);
        Mix(prefix, label, suffix, glyphs, first);
        var all = new HashSet<string>(first, StringComparer.Ordinal);
        foreach (var once in first)
        {
            Mix(prefix, once.AsSpan(prefix.Length, once.Length - prefix.Length - suffix.Length), suffix, glyphs, all);
        }

        return all;
    }

    // dnstwist's mix(): for a window [i, i+w) with 1 <= w < len and a character c in it, every c in the window is
    // replaced. The distinct results are, for each character, each run of consecutive occurrences of it replaced,
    // except the run spanning the first to the last character (that window would be the whole label).
    // Most results are found again (the second round rebuilds the first's), so each is written into a buffer and
    // looked up there; only a new one becomes a string: half of `permute microsoftonline.com` was these copies.
    private static void Mix(string prefix, ReadOnlySpan<char> text, string suffix, IReadOnlyDictionary<char, string[]> glyphs, HashSet<string> into)
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
                        var length = prefix.Length + text.Length + ((b - a + 1) * (glyph.Length - 1)) + suffix.Length;
                        var result = length <= buffer.Length ? buffer[..length] : new char[length];
                        prefix.AsSpan().CopyTo(result);
                        Replace(result[prefix.Length..], text, positions[a..(b + 1)], glyph);
                        suffix.AsSpan().CopyTo(result[^suffix.Length..]);
                        lookup.Add(result);
                    }
                }
            }
        }
    }

    private static void Replace(Span<char> into, ReadOnlySpan<char> text, ReadOnlySpan<int> at, string glyph)
    {
        var from = 0;
        var to = 0;
        foreach (var p in at)
        {
            text[from..p].CopyTo(into[to..]);
            to += p - from;
            glyph.AsSpan().CopyTo(into[to..]);
            to += glyph.Length;
            from = p + 1;
        }

        text[from..].CopyTo(into[to..]);
    }
}
