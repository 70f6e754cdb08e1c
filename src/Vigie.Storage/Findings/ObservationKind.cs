namespace Vigie.Storage.Findings;

/// <summary>What an observation of a finding looked at.</summary>
internal enum ObservationKind
{
    Dns,
    Http,
    Tls,
    Rdap,
    Screenshot,
    Page,
    Verdict,

    /// <summary>Decoy logins sent to the finding's page (issue 13): one per submission, never with the password.</summary>
    DecoySubmission,

    /// <summary>Someone tried one of the decoys this page received: a high-confidence alert.</summary>
    DecoyUse,
}
