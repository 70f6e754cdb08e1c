namespace Vigie.Storage.Sources;

/// <summary>
/// A scheduled source's current or last round (<see cref="Round"/>: a content digest, a sweep's start), finished
/// when <see cref="FinishedAt"/> is set.
/// </summary>
internal sealed record SourceRound(string SourceId, string Round, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt)
{
    public bool Finished => FinishedAt is not null;
}
