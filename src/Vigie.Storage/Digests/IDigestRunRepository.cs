namespace Vigie.Storage.Digests;

/// <summary>The occurrences of each organisation's digest schedule already handled (sent, or only recorded).</summary>
internal interface IDigestRunRepository
{
    /// <summary>The latest occurrence handled for the organisation; null when its schedule never ran.</summary>
    Task<DateTimeOffset?> LastAsync(long organisationId, CancellationToken cancellationToken);

    /// <summary>Takes the occurrence for this process; false when it was already taken (sent before a restart, or by another process).</summary>
    Task<bool> ClaimAsync(long organisationId, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Records what became of a claimed occurrence: <paramref name="sent"/> and its one-line summary.</summary>
    Task FinishAsync(long organisationId, DateTimeOffset dueAt, bool sent, string summary, CancellationToken cancellationToken);
}
