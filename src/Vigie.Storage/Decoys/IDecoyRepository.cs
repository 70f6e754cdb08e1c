namespace Vigie.Storage.Decoys;

/// <summary>Decoy logins, their submissions and their uses (issue 13).</summary>
internal interface IDecoyRepository
{
    /// <summary>Stores the decoy; null when its user name is already taken in this instance (the caller draws another).</summary>
    Task<Decoy?> AddAsync(DecoyDraft draft, CancellationToken cancellationToken);

    /// <summary>The decoys of one finding, or every decoy when <paramref name="findingId"/> is null; oldest first.</summary>
    Task<IReadOnlyList<Decoy>> ListAsync(long? findingId, CancellationToken cancellationToken);

    /// <summary>Marks the decoy sent and adds the submission to the finding's timeline, in one transaction.</summary>
    Task RecordSubmissionAsync(DecoySubmission submission, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a use and, when the decoy belongs to a finding, the alert in its timeline, in one transaction; false when
    /// this event was already stored (a log read again, a webhook delivered twice).
    /// </summary>
    Task<bool> RecordUseAsync(DecoyUse use, Findings.ObservationDraft? alert, CancellationToken cancellationToken);

    /// <summary>The uses of the decoys of one finding, or of every decoy; latest first.</summary>
    Task<IReadOnlyList<(DecoyUse Use, string Username)>> UsesAsync(long? findingId, CancellationToken cancellationToken);

    /// <summary>How far the sign-in log <paramref name="source"/> was read, or null when it never was.</summary>
    Task<LogPosition?> LogPositionAsync(string source, CancellationToken cancellationToken);

    /// <summary>Stores how far a sign-in log has been read, after the uses read up to there are stored.</summary>
    Task SaveLogPositionAsync(LogPosition position, CancellationToken cancellationToken);
}
