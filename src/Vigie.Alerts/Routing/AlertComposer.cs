using Vigie.Storage.Alerts;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;

namespace Vigie.Alerts.Routing;

/// <summary>
/// Turns an outbox event into the alert people read: the finding as it is now (name defanged, target, technique,
/// explanation, verdict), its organisation and the dashboard link. Null when the finding is gone from the store.
/// </summary>
internal sealed class AlertComposer(IFindingRepository findings, IOrganisationRepository organisations, Uri? dashboard)
{
    private readonly Dictionary<long, Organisation> known = [];

    public async Task<ComposedAlert?> ComposeAsync(AlertEvent alertEvent, CancellationToken cancellationToken)
    {
        var kind = StoredEnum<AlertEventKind>.Format(alertEvent.Kind);
        var organisation = alertEvent.OrganisationId is { } id ? await OrganisationAsync(id, cancellationToken) : null;
        if (alertEvent.FindingId is not { } findingId)
        {
            var link = alertEvent.Kind == AlertEventKind.SourceFailing ? Link("sources") : null;
            var alert = new Alert(alertEvent.Id, kind, AlertText.Title(kind, null, null, null, null, alertEvent.Detail), organisation?.Slug ?? "",
                organisation?.Name ?? "every organisation", null, null, null, null, [], null, null, null, null, null, alertEvent.Detail, link, alertEvent.OccurredAt);
            return new ComposedAlert(alert, null);
        }

        if (await findings.GetAsync(findingId, cancellationToken) is not { } finding)
        {
            return null;
        }

        organisation ??= await OrganisationAsync(finding.OrganisationId, cancellationToken);
        var defanged = Defang.Name(finding.Unicode == finding.Name ? finding.Name : $"{finding.Unicode} ({finding.Name})");
        var verdict = alertEvent.Kind == AlertEventKind.Verdict ? alertEvent.Detail : finding.Verdict;
        var title = AlertText.Title(kind, defanged, finding.Target, finding.Score, verdict, alertEvent.Detail);
        return new ComposedAlert(new Alert(alertEvent.Id, kind, title, finding.OrganisationSlug, organisation?.Name ?? finding.OrganisationSlug, finding.Id,
            finding.Name, defanged, finding.Target, finding.Techniques, finding.Score, finding.Explanation, finding.Live, verdict, finding.RiskScore,
            alertEvent.Kind == AlertEventKind.Verdict ? "" : alertEvent.Detail, Link($"findings/{finding.Id}"), alertEvent.OccurredAt), finding);
    }

    private string? Link(string path) => dashboard is null ? null : new Uri(dashboard, path).ToString();

    private async Task<Organisation?> OrganisationAsync(long id, CancellationToken cancellationToken)
    {
        if (!known.TryGetValue(id, out var organisation) && await organisations.GetAsync(id, cancellationToken) is { } found)
        {
            known[id] = organisation = found;
        }

        return organisation;
    }
}
