namespace Vigie.Storage.Alerts;

/// <summary>What an alert reports (stored snake_case: new_finding, went_live, verdict, decoy_used, source_failing, takedown_followup).</summary>
internal enum AlertEventKind
{
    NewFinding,
    WentLive,
    Verdict,
    DecoyUsed,
    SourceFailing,
    TakedownFollowup,
}
