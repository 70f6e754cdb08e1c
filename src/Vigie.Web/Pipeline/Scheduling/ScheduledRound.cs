namespace Vigie.Web.Pipeline.Scheduling;

/// <summary>
/// What a scheduled source's round is given: when the source runs next (to store with its progress, for the sources
/// page) and where to say how far it is (the live status).
/// </summary>
internal sealed record ScheduledRound(DateTimeOffset Next, Action<string> Progress);
