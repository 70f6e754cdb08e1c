namespace Vigie.Cli.Watch;

/// <summary>
/// Consecutive candidates of one source; once their matches are stored the source's position becomes
/// <paramref name="Next"/>. <paramref name="Size"/> is how far the source goes now (lag = Size − Next).
/// </summary>
internal sealed record NameBatch(string SourceId, string Label, long Next, long Size, IReadOnlyList<Candidate> Candidates, int Entries);
