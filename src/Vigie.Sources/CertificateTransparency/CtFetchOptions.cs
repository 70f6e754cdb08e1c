namespace Vigie.Sources.CertificateTransparency;

/// <summary>How hard Vigie leans on one log; the defaults stay well inside what public logs tolerate.</summary>
internal sealed record CtFetchOptions
{
    /// <summary>Attempts per request before the follower gives up this round and warns (429, 5xx, transport errors, unreadable bodies).</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>First backoff; doubled per attempt up to <see cref="MaxDelay"/>, with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Requests per second to one log, all ranges in flight together.</summary>
    public double RequestsPerSecond { get; init; } = 8;

    /// <summary>get-entries ranges (or tiles) in flight per log.</summary>
    public int Parallel { get; init; } = 4;

    /// <summary>Entries asked per get-entries call; the log may answer with fewer (RFC 6962 §4.6), and then Vigie asks for that many.</summary>
    public int BatchSize { get; init; } = 1024;

    /// <summary>Wait between tree head polls once caught up.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Check each data tile against its level-0 hash tile (one more 8 KiB fetch per 256 entries).</summary>
    public bool VerifyTiles { get; init; } = true;

    /// <summary>
    /// Read a tiled log's names tiles (Sunlight: the names of each entry, about a tenth of a data tile) where
    /// the log offers them, instead of data tiles; entries are then not checked against the hash tiles,
    /// while checkpoints still are.
    /// </summary>
    public bool UseNamesTiles { get; init; }

    /// <summary>Return once the log has been read up to a tree head, instead of polling for ever (`vigie watch --once`).</summary>
    public bool StopWhenCaughtUp { get; init; }
}
