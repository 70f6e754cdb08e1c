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
}
