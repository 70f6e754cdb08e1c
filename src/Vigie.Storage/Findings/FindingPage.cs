namespace Vigie.Storage.Findings;

/// <summary>One page of the findings list and how many findings the filters match in all.</summary>
internal sealed record FindingPage(IReadOnlyList<Finding> Items, long Total, int Page, int PageSize);
