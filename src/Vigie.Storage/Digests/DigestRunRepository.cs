using Vigie.Storage.Database;

namespace Vigie.Storage.Digests;

/// <summary>Digest runs in SQLite or PostgreSQL; the primary key (organisation, occurrence) makes a claim win once.</summary>
internal sealed class DigestRunRepository(VigieDatabase database, TimeProvider time) : IDigestRunRepository
{
    public async Task<DateTimeOffset?> LastAsync(long organisationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("SELECT MAX(due_at) FROM digest_runs WHERE organisation_id = @o").With("@o", organisationId);
        return StoredTime.ParseOrNull(await select.ExecuteScalarAsync(cancellationToken) as string);
    }

    public async Task<bool> ClaimAsync(long organisationId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var insert = connection.Command("""
            INSERT INTO digest_runs (organisation_id, due_at, claimed_at) VALUES (@o, @due, @at)
            ON CONFLICT (organisation_id, due_at) DO NOTHING
            """).With("@o", organisationId).With("@due", StoredTime.Format(dueAt)).With("@at", StoredTime.Format(time.GetUtcNow()));
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task FinishAsync(long organisationId, DateTimeOffset dueAt, bool sent, string summary, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var update = connection.Command("UPDATE digest_runs SET sent_at = @at, summary = @s WHERE organisation_id = @o AND due_at = @due")
            .With("@o", organisationId).With("@due", StoredTime.Format(dueAt)).With("@at", sent ? StoredTime.Format(time.GetUtcNow()) : null).With("@s", summary);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }
}
