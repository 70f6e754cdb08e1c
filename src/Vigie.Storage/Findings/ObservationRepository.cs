using Vigie.Storage.Database;
using Vigie.Storage.Evidence;

namespace Vigie.Storage.Findings;

/// <summary>Observations and their evidence items (<see cref="ObservationWriter"/>).</summary>
internal sealed class ObservationRepository(VigieDatabase database) : IObservationRepository
{
    public async Task<long?> AddAsync(long findingId, ObservationDraft observation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await ObservationWriter.AddAsync(connection, transaction, findingId, observation, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task<IReadOnlyList<Observation>> ListAsync(long findingId, CancellationToken cancellationToken)
    {
        var evidence = new Dictionary<long, List<EvidenceItem>>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var items = connection.Command("""
            SELECT e.observation_id, e.kind, e.media_type, e.sha256, e.size, e.captured_at, e.source_url
            FROM evidence_items e JOIN observations o ON o.id = e.observation_id WHERE o.finding_id = @f ORDER BY e.captured_at, e.kind
            """).With("@f", findingId))
        await using (var reader = await items.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var list = evidence.TryGetValue(reader.GetInt64(0), out var found) ? found : evidence[reader.GetInt64(0)] = [];
                list.Add(new EvidenceItem(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4),
                    StoredTime.Parse(reader.GetString(5)), reader.GetString(6)));
            }
        }

        var observations = new List<Observation>();
        await using var select = connection.Command("""
            SELECT id, kind, observed_at, summary, payload FROM observations WHERE finding_id = @f ORDER BY observed_at, id
            """).With("@f", findingId);
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            var id = rows.GetInt64(0);
            observations.Add(new Observation(id, findingId, StoredEnum<ObservationKind>.Parse(rows.GetString(1)), StoredTime.Parse(rows.GetString(2)),
                rows.GetString(3), rows.GetString(4), evidence.TryGetValue(id, out var items) ? items : []));
        }

        return observations;
    }
}
