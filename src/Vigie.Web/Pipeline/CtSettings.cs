namespace Vigie.Web.Pipeline;

/// <summary>
/// The `ct:` section of the serve configuration (README, "vigie serve"): which logs to follow (every usable or
/// qualified log of the lists, and/or logs given by URL), where a log never read before starts, and how hard to lean
/// on each log.
/// </summary>
internal sealed record CtSettings
{
    public bool AllListedLogs { get; init; }

    public IReadOnlyList<Uri> LogUrls { get; init; } = [];

    /// <summary>Use the lists bundled with Vigie instead of fetching the current ones.</summary>
    public bool OfflineLists { get; init; }

    /// <summary>A log never read before starts at its first entry instead of its current tree head (a backfill).</summary>
    public bool FromBeginning { get; init; }

    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(10);

    public double RequestsPerSecond { get; init; } = 8;

    public int Retries { get; init; } = 5;

    /// <summary>Longest wait before a log that failed is tried again (the wait doubles from a second up to this).</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(5);
}
