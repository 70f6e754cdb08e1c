using System.Runtime.CompilerServices;

namespace Vigie.Core.Matching;

/// <summary>
/// The per-name work: a fixed set of probes into the index, independent of how many assets are watched.
/// The registrable label gets an exact probe, a skeleton probe and its deletion neighbourhood; its hyphen tokens
/// and what remains beside a service word get the same; one automaton pass finds every key inside the name.
/// </summary>
internal static class NameScanner
{
    private const int MaxParts = 6;

    [SkipLocalsInit]
    public static void Scan(MatcherIndex index, scoped ReadOnlySpan<char> name, NameLayout layout, ref HitBuffer hits)
    {
        var label = name[layout.LabelStart..layout.LabelEnd];
        LabelProbe.Probe(index, label, layout.LabelStart, HitKind.Label, ref hits);
        ChunkProbe.Probe(index, label, layout.LabelStart, ref hits);

        var parts = 0;
        if (label.Contains('-'))
        {
            // Each token, and each two neighbours with their hyphen: "meta-mask" in "meta-mask-wallet" (exact and
            // look-alike only: a typo neighbourhood for every pair would double the work on hyphenated names).
            // Two-letter tokens only where a 3-letter label is watched: "login-ks" is kas with a letter left out.
            var previous = -1;
            var shortest = index.ShortestLabel <= 3 ? 2 : 3;
            foreach (var range in label.Split('-'))
            {
                var (offset, length) = range.GetOffsetAndLength(label.Length);
                if (length >= shortest && length < label.Length && parts++ < MaxParts)
                {
                    LabelProbe.Probe(index, label.Slice(offset, length), layout.LabelStart + offset, HitKind.Part, ref hits);
                }

                if (previous >= 0 && offset + length - previous < label.Length && parts < MaxParts)
                {
                    LabelProbe.Probe(index, label[previous..(offset + length)], layout.LabelStart + previous, HitKind.Part, ref hits, typos: false);
                }

                previous = offset;
            }
        }

        var scanned = name[..layout.LabelEnd];
        Unsafe.SkipInit(out FoundHits room);
        Span<Hit> found = room;
        var sink = new AutomatonSink(index, layout, scanned, found);
        index.Automaton.Scan(scanned, ref sink);
        foreach (var hit in found[..sink.Count])
        {
            hits.Add(hit);
        }

        RemainderProbe.Probe(index, label, layout.LabelStart, (sink.ServiceAtStart, sink.ServiceAtEnd, sink.WordAtStart, sink.WordAtEnd), ref hits);

        if (layout.HasSubdomain)
        {
            SubdomainProbe.ProbeJoined(index, name[..layout.LabelEnd], ref hits);
            SubdomainProbe.ProbeLabels(index, name[..(layout.LabelStart - 1)], ref hits);
        }
    }
}
