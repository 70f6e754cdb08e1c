namespace Vigie.Web.Hosting;

/// <summary>
/// What one background service says about itself right now, for the sources page: its state in a word, when it last
/// succeeded, its last error, and when it runs next (null when it runs continuously).
/// </summary>
internal sealed record WorkerStatus(
    string Name,
    string State,
    DateTimeOffset? LastSuccess,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    DateTimeOffset? NextRun);
