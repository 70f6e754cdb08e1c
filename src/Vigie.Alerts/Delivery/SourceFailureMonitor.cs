using Vigie.Storage.Alerts;
using Vigie.Storage.Database;
using Vigie.Storage.Sources;

namespace Vigie.Alerts.Delivery;

/// <summary>
/// Publishes a source_failing event when a source's last error is newer than its last success and it has been failing
/// for longer than the configured time. One event per outage: its key is the source and its last success, so the
/// alert is not repeated while the outage lasts, nor after a restart. A source that never succeeded is timed from when
/// this process first saw it failing (source_status keeps no first error).
/// </summary>
internal sealed class SourceFailureMonitor(ISourceStatusRepository sources, IAlertEventRepository events, TimeSpan after, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> failingSince = new(StringComparer.Ordinal);

    /// <summary>Returns how many events it published.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var published = 0;
        foreach (var source in await sources.ListAsync(cancellationToken))
        {
            if (source.LastErrorAt is not { } errorAt || (source.LastSuccessAt is { } ok && ok >= errorAt))
            {
                failingSince.Remove(source.SourceId);
                continue;
            }

            var since = source.LastSuccessAt ?? (failingSince.TryGetValue(source.SourceId, out var seen) ? seen : failingSince[source.SourceId] = now);
            if (now - since < after)
            {
                continue;
            }

            var key = $"{source.SourceId}:{(source.LastSuccessAt is { } last ? StoredTime.Format(last) : "never")}";
            var detail = $"{source.Label} ({source.SourceId}) failing since {since:yyyy-MM-dd HH:mm} UTC: {source.LastError}";
            if (await events.PublishAsync(new AlertEventDraft(AlertEventKind.SourceFailing, source.OrganisationId, null, key, detail, now), cancellationToken))
            {
                published++;
            }
        }

        return published;
    }
}
