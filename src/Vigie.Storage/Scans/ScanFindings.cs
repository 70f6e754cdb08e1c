using Vigie.Core.Matching;

namespace Vigie.Storage.Scans;

/// <summary>
/// Where a scan's registered names go in the findings store: the organisation, the matcher of its target (for the
/// finding's target, score and explanation) and the permutation techniques of each name.
/// </summary>
internal sealed record ScanFindings(long OrganisationId, Matcher Matcher, IReadOnlyDictionary<string, IReadOnlyList<string>> Techniques);
