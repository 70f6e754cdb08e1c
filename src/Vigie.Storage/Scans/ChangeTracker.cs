using Vigie.Enrichment.Dns;

namespace Vigie.Storage.Scans;

/// <summary>Folds one observation into a name's remembered state and names the change, if any. Pure.</summary>
internal static class ChangeTracker
{
    public static (NameState Next, NameChange? Change) Apply(NameState? previous, NameObservation observation, long run, DateTimeOffset now)
    {
        if (observation.Status == NameStatus.Unknown)
        {
            // No evidence either way: remember that we could not tell, change nothing else.
            var kept = previous ?? new NameState(observation.Name, NameStatus.Unknown, NameStatus.Unknown, null, DnsRecordSet.Empty, null, null, run);
            return (kept with { Observed = NameStatus.Unknown, Reason = observation.Reason, LastRun = run }, null);
        }

        if (observation.Status != NameStatus.Registered)
        {
            var gone = previous?.Status == NameStatus.Registered ? NameChange.Gone : (NameChange?)null;
            return (new NameState(observation.Name, observation.Status, observation.Status, observation.Reason, DnsRecordSet.Empty,
                previous?.FirstSeen, previous?.LastSeen, run), gone);
        }

        var records = observation.Partial && previous is not null ? previous.Records : observation.Records;
        var change = Classify(previous, observation);
        return (new NameState(observation.Name, NameStatus.Registered, NameStatus.Registered, observation.Reason, records,
            previous?.FirstSeen ?? now, now, run), change);
    }

    private static NameChange? Classify(NameState? previous, NameObservation observation)
    {
        if (previous?.FirstSeen is null)
        {
            return NameChange.New;
        }

        if (previous.Status != NameStatus.Registered)
        {
            return observation.Records.IsActive ? NameChange.Activated : NameChange.Changed;
        }

        if (observation.Partial)
        {
            return null; // some record queries failed: comparing would report a change that did not happen
        }

        if (!previous.Records.IsActive && observation.Records.IsActive)
        {
            return NameChange.Activated;
        }

        return previous.Records.SameAs(observation.Records) ? null : NameChange.Changed;
    }
}
