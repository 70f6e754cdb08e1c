namespace Vigie.Storage.Migrations;

/// <summary>
/// The follow-up date a takedown request was last reminded for (issue 14): `vigie serve` raises one reminder per
/// request per due date, and this column, not the alert outbox (whose events are pruned), is what keeps a restart
/// or a second serve process from raising it again.
/// </summary>
internal static class TakedownRemindersColumn
{
    public const string Sql = "ALTER TABLE takedown_requests ADD COLUMN reminded_for TEXT;";
}
