using System.Collections.Frozen;
using Vigie.Core.Permutations;

namespace Vigie.Core.Matching;

/// <summary>
/// Ordinary words of host names: the service words (Data/service-words.txt) and the permutation dictionaries
/// (Permutations/Data). A label that is one of them reads as that word, not as a brand one slip away: "cloud" in
/// "cloud.sap" is no misspelling of icloud, "mail" in "mail.microsoft" none of gmail.
/// </summary>
internal static class OrdinaryWords
{
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Words = new(() =>
        ServiceWords.All.Concat(WordLists.ServiceWords).Concat(WordLists.Dictionary)
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    public static bool Contains(ReadOnlySpan<char> text) => Words.Value.Contains(text);
}
