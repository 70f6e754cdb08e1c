using Vigie.Alerts.Settings;
using Vigie.Storage.Alerts;

namespace Vigie.Alerts.Routing;

/// <summary>
/// Reads the outbox's new events and queues each, as one alert, for every channel whose rules take it — unless the
/// channel had the same alert on the same finding within the suppression window (a name that flaps between live and
/// not, a page investigated again). Queueing and marking the event routed are one transaction, so a crash repeats nothing.
/// </summary>
internal sealed class AlertRouter(AlertSettings settings, IAlertEventRepository events, AlertComposer composer, TimeProvider time)
{
    private const int BatchSize = 500;

    /// <summary>Routes what waits; returns the channels that were given something.</summary>
    public async Task<IReadOnlySet<string>> RouteAsync(CancellationToken cancellationToken)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<AlertEvent> pending;
        do
        {
            pending = await events.UnroutedAsync(BatchSize, cancellationToken);
            foreach (var alertEvent in pending)
            {
                var deliveries = await DeliveriesAsync(alertEvent, cancellationToken);
                await events.RouteAsync(alertEvent, deliveries, cancellationToken);
                touched.UnionWith(deliveries.Select(d => d.Channel));
            }
        }
        while (pending.Count == BatchSize);

        return touched;
    }

    private async Task<IReadOnlyList<AlertDeliveryDraft>> DeliveriesAsync(AlertEvent alertEvent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (alertEvent.OccurredAt < now - settings.MaxAge || await composer.ComposeAsync(alertEvent, cancellationToken) is not { } composed)
        {
            return [];
        }

        var alert = composed.Alert;
        var topic = alertEvent.Kind == AlertEventKind.Verdict ? $"{alert.Kind}:{alert.Verdict}" : alert.Kind;
        var json = AlertJson.Write(alert);
        var deliveries = new List<AlertDeliveryDraft>();
        foreach (var channel in settings.Channels)
        {
            if (!channel.Rules.Any(r => r.Matches(alertEvent.Kind, composed.Finding?.OrganisationSlug ?? (alert.Organisation.Length > 0 ? alert.Organisation : null), alert.Score, alert.Verdict)))
            {
                continue;
            }

            // A name live from its first sighting makes two events; its new-finding alert already says "live: yes".
            if (alertEvent.Kind == AlertEventKind.WentLive && composed.Finding?.FirstSeen == alertEvent.OccurredAt
                && channel.Rules.Any(r => r.Matches(AlertEventKind.NewFinding, alert.Organisation, alert.Score, null)))
            {
                continue;
            }

            // A decoy use and a takedown reminder (once per due date) are each a new occurrence, never a repeat to hold back.
            if (alert.FindingId is { } findingId && alertEvent.Kind is not (AlertEventKind.DecoyUsed or AlertEventKind.TakedownFollowup)
                && await events.SentRecentlyAsync(channel.Name, findingId, topic, now - settings.Suppress, cancellationToken))
            {
                continue;
            }

            deliveries.Add(new AlertDeliveryDraft(channel.Name, topic, json));
        }

        return deliveries;
    }
}
