namespace Vigie.Storage.Findings;

/// <summary>Triage: a finding's state, changed with a reason, and the history of every change (the audit trail).</summary>
internal interface ITriageRepository
{
    /// <summary>Moves the finding to <paramref name="to"/> (or only comments, when it is already there); null when there is no such finding.</summary>
    Task<TriageEvent?> ChangeStateAsync(long findingId, TriageState to, Actor actor, string comment, CancellationToken cancellationToken);

    /// <summary>Every change of the finding's state, oldest first.</summary>
    Task<IReadOnlyList<TriageEvent>> HistoryAsync(long findingId, CancellationToken cancellationToken);
}
