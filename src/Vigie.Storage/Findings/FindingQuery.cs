namespace Vigie.Storage.Findings;

/// <summary>
/// A page of the findings list: every filter is optional and they all apply together. <paramref name="Search"/>
/// matches part of the ASCII or the Unicode name, case-insensitively. <paramref name="FirstSeenFrom"/> is inclusive,
/// <paramref name="FirstSeenTo"/> exclusive. <paramref name="Page"/> counts from 1.
/// </summary>
internal sealed record FindingQuery(
    long? OrganisationId = null,
    IReadOnlyList<TriageState>? States = null,
    int? MinScore = null,
    int? MaxScore = null,
    SourceKind? Source = null,
    DateTimeOffset? FirstSeenFrom = null,
    DateTimeOffset? FirstSeenTo = null,
    bool? Live = null,
    string? Search = null,
    FindingSort Sort = FindingSort.Score,
    bool Descending = true,
    int Page = 1,
    int PageSize = 50)
{
    public const int MaxPageSize = 500;
}
