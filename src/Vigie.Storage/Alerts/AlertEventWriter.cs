using System.Data.Common;
using Vigie.Storage.Database;

namespace Vigie.Storage.Alerts;

/// <summary>
/// The seam for producers of events that no findings row shows (decoys, source monitoring): call it inside the
/// transaction that records what happened, so the event exists if and only if the change does (a transactional outbox).
/// </summary>
internal static class AlertEventWriter
{
    /// <summary>True when the event is new; false when its key was already published.</summary>
    public static async Task<bool> AddAsync(DbConnection connection, DbTransaction? transaction, AlertEventDraft draft, CancellationToken cancellationToken)
    {
        await using var insert = connection.Command("""
            INSERT INTO alert_events (kind, organisation_id, finding_id, event_key, detail, occurred_at) VALUES (@k, @o, @f, @key, @d, @at)
            ON CONFLICT (event_key) DO NOTHING
            """, transaction).With("@k", StoredEnum<AlertEventKind>.Format(draft.Kind)).With("@o", draft.OrganisationId).With("@f", draft.FindingId)
            .With("@key", $"{StoredEnum<AlertEventKind>.Format(draft.Kind)}:{draft.Key}").With("@d", draft.Detail.ReplaceLineEndings(" "))
            .With("@at", StoredTime.Format(draft.OccurredAt));
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
