using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;

namespace Vigie.Exports.Takedowns;

/// <summary>
/// What a report shows of a finding: the finding and whose brand it imitates, its timeline (every observation's
/// time, kind and summary), the latest verdict's facts (the genuine page it copies and how closely), the URL its
/// server answered at with the response headers, and the screenshot's SHA-256 (the image is in the zip).
/// </summary>
internal sealed record TakedownEvidence(
    Finding Finding,
    Organisation Organisation,
    IReadOnlyList<Observation> Timeline,
    IReadOnlyList<string> Addresses,
    string? Url,
    string? Headers,
    string? CopyOf,
    int? Similarity,
    IReadOnlyList<string> Reasons);
