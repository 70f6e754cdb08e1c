namespace Vigie.Alerts.Delivery;

/// <summary>
/// A token bucket of <c>perMinute</c> messages a minute (0: no limit): a channel may send that many at once, then one
/// every 60/perMinute seconds. While a channel waits here, alerts pile up in its queue and leave as one digest.
/// </summary>
internal sealed class Throttle(int perMinute, TimeProvider time)
{
    private double tokens = perMinute;
    private DateTimeOffset filled = time.GetUtcNow();

    /// <summary>Zero when a message may go now (and counts it), else how long to wait before asking again.</summary>
    public TimeSpan Take()
    {
        if (perMinute <= 0)
        {
            return TimeSpan.Zero;
        }

        var now = time.GetUtcNow();
        tokens = Math.Min(perMinute, tokens + ((now - filled).TotalMinutes * perMinute));
        filled = now;
        if (tokens >= 1)
        {
            tokens -= 1;
            return TimeSpan.Zero;
        }

        return TimeSpan.FromMinutes((1 - tokens) / perMinute);
    }

    /// <summary>Gives back the token of a message that was not sent after all.</summary>
    public void Refund() => tokens = perMinute <= 0 ? tokens : Math.Min(perMinute, tokens + 1);
}
