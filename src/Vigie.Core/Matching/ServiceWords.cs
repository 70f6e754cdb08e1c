using System.Buffers;

namespace Vigie.Core.Matching;

/// <summary>The words of Data/service-words.txt (see its header for where they come from).</summary>
internal static class ServiceWords
{
    private static readonly Lazy<string[]> Words = new(() => EmbeddedList.Read("Matching.service-words.txt"));

    private static readonly Lazy<SearchValues<string>> Search = new(() =>
        SearchValues.Create([.. Words.Value.Where(w => w.Length >= 3)], StringComparison.Ordinal));

    public static IReadOnlyList<string> All => Words.Value;

    /// <summary>The words of three letters or more, to find any of them inside a text in one pass.</summary>
    public static SearchValues<string> Searchable => Search.Value;
}
