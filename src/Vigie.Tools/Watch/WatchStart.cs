namespace Vigie.Cli.Watch;

/// <summary>`--from`: an entry index, or a time (the first entry logged at or after it, per log).</summary>
internal sealed record WatchStart(long? Index, DateTimeOffset? Time);
