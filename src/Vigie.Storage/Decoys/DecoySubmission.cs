using Vigie.Storage.Findings;

namespace Vigie.Storage.Decoys;

/// <summary>
/// A decoy sent (or, in a dry run, not sent) to a finding's page: the page, its outcome ("sent 200", "failed: …") and
/// the observation that puts it in the finding's timeline (the requests without the password).
/// </summary>
internal sealed record DecoySubmission(long DecoyId, long FindingId, string Page, string Status, DateTimeOffset At, ObservationDraft Observation);
