namespace Vigie.Storage.Findings;

/// <summary>The bit set of source kinds kept in findings.source_kinds: bit n for the kind numbered n.</summary>
internal static class SourceKindBits
{
    public static long Of(SourceKind kind) => 1L << (int)kind;

    public static IReadOnlyList<SourceKind> Read(long bits) => [.. Enum.GetValues<SourceKind>().Where(k => (bits & Of(k)) != 0)];
}
