namespace Vigie.Web.Api;

/// <summary>A JSON shape of the API (snake_case on the wire, enum values as the store names them).</summary>
internal sealed record FindingJson(
    long Id, long OrganisationId, string Organisation, string Name, string Unicode, string Target, IReadOnlyList<string> Techniques,
    int Score, string Explanation, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, bool Live, IReadOnlyList<string> Sources,
    string State, DateTimeOffset StateChangedAt, string? Verdict, int? RiskScore, DateTimeOffset? VerdictAt, string? ScreenshotUrl, string Url);
