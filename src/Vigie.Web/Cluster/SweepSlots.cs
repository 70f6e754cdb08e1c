using Vigie.Storage.Sources;
using Vigie.Web.Pipeline.Scheduling;

namespace Vigie.Web.Cluster;

/// <summary>
/// When an organisation's sweep is due in a cluster, decided from what every process reads alike (the sweep's last
/// round in the database and the schedule), never from a process's own clock of when it started: the schedulers of
/// several sweep processes then name a due sweep the same way, and JetStream keeps one copy (Nats-Msg-Id).
/// </summary>
internal static class SweepSlots
{
    /// <summary>
    /// Null when nothing is due; else the occurrence that made the sweep due (null inside: the first sweep, never run).
    /// After a finished round, the schedule's first occurrence after its end. While a round is unfinished, a worker
    /// is on it or its message is being redelivered, so nothing is due until an occurrence passes after the round's
    /// start: a round given up (dead letter) is then tried again, resumed, at the schedule's next occurrence.
    /// </summary>
    public static (DateTimeOffset? At, bool Due) Due(SourceRound? last, Schedule schedule, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (last is null)
        {
            return (null, true);
        }

        if (last.FinishedAt is { } finished)
        {
            var next = schedule.Next(finished, zone);
            return next <= now ? (next, true) : (null, false);
        }

        DateTimeOffset? latest = null;
        for (var occurrence = schedule.Next(last.StartedAt, zone); occurrence <= now; occurrence = schedule.Next(occurrence, zone))
        {
            latest = occurrence;
        }

        return latest is { } at ? (at, true) : (null, false);
    }

    /// <summary>
    /// Whether the sweep due at <paramref name="dueAt"/> (null: the first) is done: a round finished since. A copy of a
    /// message redelivered after its sweep was committed (its worker died before acknowledging) changes nothing.
    /// </summary>
    public static bool Done(SourceRound? last, DateTimeOffset? dueAt) =>
        last?.FinishedAt is { } finished && (dueAt is not { } at || finished >= at);
}
