using System.Runtime.CompilerServices;

namespace Vigie.Core.Matching;

/// <summary>The probes of one label or token: exact, look-alike skeleton, look-alike classes, then typos.</summary>
internal static class LabelProbe
{
    /// <summary>Exact, skeleton and (unless <paramref name="typos"/> is false) typo probes of one label or token.</summary>
    [SkipLocalsInit]
    public static void Probe(MatcherIndex index, scoped ReadOnlySpan<char> text, int start, HitKind kind, ref HitBuffer hits, bool typos = true)
    {
        var hash = ProbeExact(index, text, start, kind, ref hits);
        if (text.Length < 2 || text.Length > LabelHash.MaxLength)
        {
            return;
        }

        // One deletion neighbourhood per text: of the text itself when folding changes nothing, else of its fold
        // (look-alikes, hyphens and doubled letters folded on both sides), which reaches every plain slip too.
        Unsafe.SkipInit(out LabelRoom room);
        Span<char> folded = room[..text.Length];
        var length = AsciiFold.Fold(text, folded, out var pairs);
        var skeletonKind = kind == HitKind.Label ? HitKind.LabelSkeleton : kind;
        var typoKind = kind == HitKind.Label ? HitKind.LabelTypo : kind;
        // Only the registrable label has its class fold read: whatever its fold, a look-alike of a watched label's
        // needs the class fold to start as that label's does (see MatcherIndex.GlyphHeads).
        var lookalike = kind != HitKind.Label || !GlyphClass.TryHead(folded[..length], out var head) || index.GlyphHeads.MayContain(head);
        if (kind == HitKind.Label && lookalike)
        {
            ProbeGlyphs(index, folded[..length], start, start + text.Length, ref hits);
        }

        var skeletons = index.Skeletons;
        if (folded[..length].SequenceEqual(text))
        {
            // Nothing to fold, yet it may be a watched label's fold: "dflnlty" is dfinity with each 'i' written 'l'.
            for (var p = lookalike ? skeletons.Find(hash) : -1; p >= 0; p = skeletons.Next(p))
            {
                if (!text.SequenceEqual(index.Keys[skeletons.Value(p)].Text))
                {
                    hits.Add(new Hit(skeletons.Value(p), skeletonKind, start, start + text.Length, 0));
                }
            }

            TypoProbe.Probe(index, index.Deletions, text, start, start + text.Length, typoKind, ref hits);
            return;
        }

        var found = false;
        for (var p = lookalike ? skeletons.Find(LabelHash.Of(folded[..length])) : -1; p >= 0; p = skeletons.Next(p))
        {
            hits.Add(new Hit(skeletons.Value(p), skeletonKind, start, start + text.Length, 0));
            found = true;
        }

        if (!found && typos && length >= 2)
        {
            TypoProbe.Probe(index, index.FoldedDeletions, folded[..length], start, start + text.Length, skeletonKind, ref hits);
            if (pairs)
            {
                // "cl" read as 'd' may instead be a slip beside an 'l': "paypcl" is paypal with 'a' replaced by 'c'.
                TypoProbe.Probe(index, index.Deletions, text, start, start + text.Length, typoKind, ref hits);
            }
        }
    }

    /// <summary>The exact probe of a label or token; returns the text's key for the probes that follow.</summary>
    public static ulong ProbeExact(MatcherIndex index, scoped ReadOnlySpan<char> text, int start, HitKind kind, ref HitBuffer hits)
    {
        var exact = index.Exact;
        var hash = LabelHash.Of(text);
        for (var p = exact.Find(hash); p >= 0; p = exact.Next(p))
        {
            var key = exact.Value(p);
            if (text.SequenceEqual(index.Keys[key].Text) && (kind == HitKind.Label || index.Keys[key].Kind == KeyKind.Label))
            {
                hits.Add(new Hit(key, kind, start, start + text.Length, 0));
            }
        }

        return hash;
    }

    /// <summary>
    /// The registrable label's <see cref="GlyphClass"/> fold against the watched labels': look-alike letters swapped
    /// however many times ("ricrosoftorlire"), which no typo bound reaches. One lookup, in a table of one key a label.
    /// </summary>
    private static void ProbeGlyphs(MatcherIndex index, scoped ReadOnlySpan<char> folded, int start, int end, ref HitBuffer hits)
    {
        var glyphs = index.Glyphs;
        for (var p = glyphs.Find(GlyphClass.Key(folded)); p >= 0; p = glyphs.Next(p))
        {
            if (!folded.SequenceEqual(index.Keys[glyphs.Value(p)].Folded))
            {
                hits.Add(new Hit(glyphs.Value(p), HitKind.LabelGlyphs, start, end, 0));
            }
        }
    }
}
