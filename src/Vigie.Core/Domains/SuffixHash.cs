namespace Vigie.Core.Domains;

/// <summary>
/// The hash that places a suffix in the compiled public suffix table: the generator lays the table out with it at
/// build time (src/Vigie.Core.Generators) and <c>PublicSuffixList</c> probes with it at run time, so this
/// one file is compiled into both. FNV-1a over UTF-16 code units, then the high bits folded down so that a mask
/// of the low bits spreads short strings ("com", "co.uk") well.
/// </summary>
internal static class SuffixHash
{
    public static uint Of(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }
}
