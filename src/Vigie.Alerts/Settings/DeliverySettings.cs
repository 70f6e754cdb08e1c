namespace Vigie.Alerts.Settings;

/// <summary>
/// How one channel sends: more than <see cref="DigestAfter"/> alerts waiting go out as one digest (0: never), at most
/// <see cref="MaxPerMinute"/> messages a minute (0: no limit), and a failed message is retried after
/// <see cref="FirstRetry"/>, doubled at each failure up to <see cref="MaxRetry"/>, for as long as it takes.
/// </summary>
internal sealed record DeliverySettings
{
    public int DigestAfter { get; init; } = 3;

    public int MaxPerMinute { get; init; } = 20;

    public TimeSpan FirstRetry { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetry { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The wait after the n-th failure in a row (n ≥ 1).</summary>
    public TimeSpan RetryDelay(int failures)
    {
        var delay = FirstRetry * Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        return delay < MaxRetry ? delay : MaxRetry;
    }
}
