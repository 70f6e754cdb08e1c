namespace Vigie.Storage.Findings;

/// <summary>Where a finding stands in the team's work (DESIGN.md, "Finding"). Stored as snake_case ("confirmed_phishing").</summary>
internal enum TriageState
{
    New,
    Investigating,
    ConfirmedPhishing,
    Benign,
    BrandsOwn,
    TakedownRequested,
    TakenDown,
    Gone,
}
