namespace Vigie.Storage.Investigations;

/// <summary>
/// The findings waiting for an investigation. A worker claims a job for a lease, renews the lease while it works,
/// stores the result, then completes the job; a worker killed before completing leaves the job to be claimed again
/// when the lease runs out. The database implementation is <see cref="DatabaseInvestigationQueue"/>; a message broker
/// (issue 15) fits the same shape (claim: fetch, renew: in-progress, complete: ack, retry: nak with delay).
/// </summary>
internal interface IInvestigationQueue
{
    /// <summary>Adds the requests; a finding already waiting keeps one job, due at the earlier of the two times.</summary>
    Task EnqueueAsync(IReadOnlyList<InvestigationRequest> requests, CancellationToken cancellationToken);

    /// <summary>The next job due and not claimed by a live worker, claimed until now + <paramref name="lease"/>; null when none is.</summary>
    Task<InvestigationJob?> ClaimAsync(TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Claims with <paramref name="job"/> every other job of a finding of the same name (the same name filed in several
    /// organisations, investigated once) that no live worker holds, and files them all under one start time, the
    /// earliest of theirs, so an attempt cut by a crash and redone stores each observation once. Returns the whole group,
    /// <paramref name="job"/> first.
    /// </summary>
    Task<IReadOnlyList<InvestigationJob>> ClaimNamesakesAsync(InvestigationJob job, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Keeps the claim for another <paramref name="lease"/>.</summary>
    Task RenewAsync(InvestigationJob job, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>The result is stored: the job is done.</summary>
    Task CompleteAsync(InvestigationJob job, CancellationToken cancellationToken);

    /// <summary>The attempt failed: the job waits until <paramref name="at"/>, with its error, and its next attempt starts afresh.</summary>
    Task RetryAsync(InvestigationJob job, string error, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Jobs waiting or being worked on.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);
}
