using System.Globalization;
using Vigie.Storage.Alerts;
using Vigie.Storage.Database;
using Vigie.Storage.Takedowns;

namespace Vigie.Alerts.Delivery;

/// <summary>
/// Publishes a takedown_followup event for each takedown request whose follow-up date has passed while its finding is
/// still in takedown_requested (not taken down, not gone): one per request per due date. The due dates are the
/// request's follow-up date, then every <paramref name="every"/> after it (the `takedown: follow_up_days`), so a request
/// nobody answers reminds again; after a long stop only the latest passed date is reminded, not each one missed.
/// </summary>
internal sealed class TakedownFollowUpMonitor(ITakedownRepository takedowns, TimeSpan every, TimeProvider time)
{
    /// <summary>Returns how many reminders it published.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var published = 0;
        foreach (var request in await takedowns.DueAsync(now, cancellationToken))
        {
            var dueAt = request.FollowUpAt.AddTicks((now - request.FollowUpAt).Ticks / every.Ticks * every.Ticks);
            var reminder = new AlertEventDraft(AlertEventKind.TakedownFollowup, null, request.FindingId, $"{request.Id}:{StoredTime.Format(dueAt)}", Detail(request, dueAt), now);
            if (await takedowns.RemindAsync(request.Id, dueAt, reminder, cancellationToken))
            {
                published++;
            }
        }

        return published;
    }

    private static string Detail(TakedownRequest request, DateTimeOffset dueAt)
    {
        var how = request.Sent ? "sent" : "drafted (not sent by Vigie)";
        var to = request.Recipients.Count == 0 ? "no abuse contact found" : string.Join(", ", request.Recipients);
        return $"takedown request {how} to {to} on {Utc(request.RequestedAt, "yyyy-MM-dd HH:mm")} UTC by {request.Actor}; "
            + $"follow-up due {Utc(dueAt, "yyyy-MM-dd")} and the name is not taken down";
    }

    private static string Utc(DateTimeOffset at, string format) => at.UtcDateTime.ToString(format, CultureInfo.InvariantCulture);
}
