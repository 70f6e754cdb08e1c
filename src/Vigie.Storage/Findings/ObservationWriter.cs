using System.Data.Common;
using System.Globalization;
using Vigie.Storage.Database;

namespace Vigie.Storage.Findings;

/// <summary>Adds an observation inside a caller's transaction; a verdict or a screenshot also updates the finding's latest ones.</summary>
internal static class ObservationWriter
{
    public static async Task<long?> AddAsync(DbConnection connection, DbTransaction transaction, long findingId, ObservationDraft observation, CancellationToken cancellationToken)
    {
        var at = StoredTime.Format(observation.ObservedAt);
        await using var insert = connection.Command("""
            INSERT INTO observations (finding_id, kind, observed_at, summary, payload) VALUES (@f, @k, @at, @s, @p)
            ON CONFLICT (finding_id, kind, observed_at) DO NOTHING RETURNING id
            """, transaction).With("@f", findingId).With("@k", StoredEnum<ObservationKind>.Format(observation.Kind)).With("@at", at)
            .With("@s", observation.Summary).With("@p", observation.Payload);
        if (await insert.ExecuteScalarAsync(cancellationToken) is not { } inserted || inserted is DBNull)
        {
            return null;
        }

        var id = Convert.ToInt64(inserted, CultureInfo.InvariantCulture);
        await using var item = connection.Command("""
            INSERT INTO evidence_items (observation_id, kind, media_type, sha256, size, source_url, captured_at) VALUES (@o, @k, @m, @h, @n, @u, @at)
            ON CONFLICT (observation_id, kind, sha256) DO NOTHING
            """, transaction).With("@o", id).With("@k", null).With("@m", null).With("@h", null).With("@n", null).With("@u", null).With("@at", null);
        foreach (var evidence in observation.Evidence)
        {
            item.Set("@k", evidence.Kind);
            item.Set("@m", evidence.MediaType);
            item.Set("@h", evidence.Sha256);
            item.Set("@n", evidence.Size);
            item.Set("@u", evidence.Source);
            item.Set("@at", StoredTime.Format(evidence.CapturedAt));
            await item.ExecuteNonQueryAsync(cancellationToken);
        }

        if (observation.Verdict is { } verdict)
        {
            // An older investigation delivered late must not replace a newer verdict.
            await using var update = connection.Command("""
                UPDATE findings SET verdict = @v, risk_score = @r, verdict_at = @at WHERE id = @f AND (verdict_at IS NULL OR verdict_at <= @at)
                """, transaction).With("@v", verdict.Verdict).With("@r", (long)verdict.RiskScore).With("@at", at).With("@f", findingId);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        if (observation.Evidence.FirstOrDefault(e => e.Kind == "screenshot") is { } screenshot)
        {
            await using var update = connection.Command("""
                UPDATE findings SET screenshot_sha256 = @h WHERE id = @f AND NOT EXISTS (
                    SELECT 1 FROM observations o JOIN evidence_items e ON e.observation_id = o.id
                    WHERE o.finding_id = @f AND e.kind = 'screenshot' AND o.observed_at > @at)
                """, transaction).With("@h", screenshot.Sha256).With("@f", findingId).With("@at", at);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return id;
    }
}
