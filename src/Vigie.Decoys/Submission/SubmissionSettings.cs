namespace Vigie.Decoys.Submission;

/// <summary>
/// How decoys are sent to a phishing page (README, "Decoys", "Submission"): how many, the spacing between two and
/// its jitter, a cap per hour, an HTTP proxy, the user agent, and whether loopback addresses may be contacted (a
/// local lab; private, link-local and metadata addresses stay refused whatever this says).
/// </summary>
internal sealed record SubmissionSettings
{
    /// <summary>A current desktop Chrome on Windows: what most victims of a Microsoft or Google lookalike use.</summary>
    public const string BrowserUserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    public int Count { get; init; } = 5;

    public TimeSpan Spacing { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Each wait is the spacing plus or minus up to this fraction of it, so the submissions do not tick like a script.</summary>
    public double Jitter { get; init; } = 0.5;

    public int MaxPerHour { get; init; } = 20;

    public Uri? Proxy { get; init; }

    public string UserAgent { get; init; } = BrowserUserAgent;

    public string Language { get; init; } = "fr";

    public bool AllowLoopback { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait before the next submission: the spacing with its jitter, never shorter than the hourly cap allows.</summary>
    public TimeSpan NextWait(double random01)
    {
        var jittered = Spacing.TotalSeconds * (1 + (Jitter * ((2 * random01) - 1)));
        var floor = MaxPerHour > 0 ? 3600.0 / MaxPerHour : 0;
        return TimeSpan.FromSeconds(Math.Max(jittered, floor));
    }
}
