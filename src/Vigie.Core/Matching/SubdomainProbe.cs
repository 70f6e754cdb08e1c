using System.Runtime.CompilerServices;

namespace Vigie.Core.Matching;

/// <summary>What lies left of the registrable label: misspelt brands as subdomain labels, and labels run together.</summary>
internal static class SubdomainProbe
{
    /// <summary>
    /// Brands misspelt as a subdomain label of someone else's domain ("myetherwalet.heliohost.org"): typo and
    /// skeleton probes of the first few subdomain labels (exact ones are found by the automaton).
    /// </summary>
    public static void ProbeLabels(MatcherIndex index, scoped ReadOnlySpan<char> subdomain, ref HitBuffer hits)
    {
        var probed = 0;
        foreach (var range in subdomain.Split('.'))
        {
            var (offset, length) = range.GetOffsetAndLength(subdomain.Length);
            var label = subdomain.Slice(offset, length);
            if (length >= 5 && !index.ServiceWordSet.Contains(label) && probed++ < 3)
            {
                // Raw slips only: folding hyphens away here brings ordinary host names too close ("emea-mask").
                TypoProbe.Probe(index, index.Deletions, label, offset, offset + length, HitKind.Left, ref hits);
            }
        }
    }

    /// <summary>"myethe.rwallet.com": the labels left of the suffix run together, "www." left out.</summary>
    [SkipLocalsInit]
    public static void ProbeJoined(MatcherIndex index, scoped ReadOnlySpan<char> left, ref HitBuffer hits)
    {
        if (left.StartsWith("www."))
        {
            left = left[4..];
        }

        if (left.Length > LabelHash.MaxLength || !left.Contains('.'))
        {
            return;
        }

        // "mail.", "login.", "app." in front: a whole service word is seldom a fragment of a split brand, so it takes
        // the brand whole to count ("pay.pal.com"), no misspelling of it.
        var firstDot = left.IndexOf('.');
        var serviceFirst = firstDot > 0 && index.ServiceWordSet.Contains(left[..firstDot]);

        Unsafe.SkipInit(out LabelRoom room);
        Span<char> joined = room[..left.Length];
        var n = 0;
        foreach (var c in left)
        {
            if (c != '.')
            {
                joined[n++] = c;
            }
        }

        if (serviceFirst)
        {
            LabelProbe.ProbeExact(index, joined[..n], 0, HitKind.Joined, ref hits);
        }
        else
        {
            LabelProbe.Probe(index, joined[..n], 0, HitKind.Joined, ref hits);
        }
    }
}
