namespace Vigie.Core.Matching;

/// <summary>The words of Data/service-words.txt (see its header for where they come from).</summary>
internal static class ServiceWords
{
    private static readonly Lazy<string[]> Words = new(() => EmbeddedList.Read("Matching.service-words.txt"));

    public static IReadOnlyList<string> All => Words.Value;
}
