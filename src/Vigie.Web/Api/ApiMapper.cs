using Vigie.Storage.Database;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Storage.Sources;
using Vigie.Storage.Users;
using Vigie.Web.Findings;
using Vigie.Web.Hosting;

namespace Vigie.Web.Api;

/// <summary>Store records to API shapes; links are paths on this server.</summary>
internal static class ApiMapper
{
    public static FindingJson Finding(Finding f) => new(
        f.Id, f.OrganisationId, f.OrganisationSlug, f.Name, f.Unicode, f.Target, f.Techniques, f.Score, f.Explanation, f.FirstSeen, f.LastSeen, f.Live,
        [.. f.Sources.Select(StoredEnum<SourceKind>.Format)], StoredEnum<TriageState>.Format(f.State), f.StateChangedAt, f.Verdict, f.RiskScore, f.VerdictAt,
        f.ScreenshotSha256 is { } sha ? $"/findings/{f.Id}/evidence/{sha}" : null, $"/findings/{f.Id}");

    public static FindingListJson Page(FindingPage page) => new([.. page.Items.Select(Finding)], page.Total, page.Page, page.PageSize);

    public static FindingDetailsJson Details(FindingDetails d) => new(
        Finding(d.Finding),
        [.. d.Sources.Select(s => new FindingSourceJson(StoredEnum<SourceKind>.Format(s.Kind), s.Detail, s.SeenAt))],
        [.. d.Observations.Select(o => new ObservationJson(o.Id, StoredEnum<ObservationKind>.Format(o.Kind), o.ObservedAt, o.Summary, o.Payload,
            [.. o.Evidence.Select(e => Evidence(d.Finding.Id, e))]))],
        [.. d.History.Select(Triage)],
        d.HasEvidence ? $"/findings/{d.Finding.Id}/evidence.zip" : null);

    public static TriageEventJson Triage(TriageEvent e) =>
        new(e.Id, StoredEnum<TriageState>.Format(e.From), StoredEnum<TriageState>.Format(e.To), e.Actor, e.UserId, e.Comment, e.ChangedAt);

    public static OrganisationJson Organisation(Organisation o) => new(o.Id, o.Slug, o.Name, o.TimeZone, o.Watchlist, o.Domains, o.CreatedAt, o.UpdatedAt);

    public static WorkerJson Worker(WorkerStatus s) => new(s.Name, s.State, s.LastSuccess, s.LastError, s.LastErrorAt, s.NextRun);

    public static SourceStatusJson Source(SourceStatus s) => new(
        s.SourceId, StoredEnum<SourceKind>.Format(s.Kind), s.Label, s.OrganisationId, s.Position, s.Size, s.Lag, s.LastSuccessAt, s.LastError, s.LastErrorAt, s.NextRunAt, s.UpdatedAt);

    public static UserJson User(User u) => new(u.Id, u.Name, StoredEnum<UserRole>.Format(u.Role), u.Language, u.LockedUntil, u.CreatedAt);

    public static TokenJson Token(ApiToken t) => new(t.Id, t.UserId, t.Name, StoredEnum<TokenScope>.Format(t.Scope), t.CreatedAt, t.LastUsedAt, t.RevokedAt);

    private static EvidenceJson Evidence(long findingId, EvidenceItem e) =>
        new(e.Kind, e.MediaType, e.Sha256, e.Size, e.CapturedAt, e.Source, $"/findings/{findingId}/evidence/{e.Sha256}");
}
