using System.Globalization;
using Vigie.Storage.Database;

namespace Vigie.Storage.Scans;

/// <summary>
/// The memory of `vigie scan` between runs. Every observation is saved as it arrives, in batches, each batch one
/// transaction: a run killed at any point leaves a consistent database and an incomplete run that the next run
/// with the same names resumes instead of starting over. With <see cref="ScanFindings"/>, each batch also goes to the
/// findings store in the same transaction (<see cref="ScanFindingWriter"/>).
/// </summary>
internal sealed class ScanStore(VigieDatabase database, ScanFindings? findings = null)
{
    /// <summary>Resumes the target's last run when it is incomplete and covers the same names; otherwise starts a new one.</summary>
    public async Task<(ScanRun Run, bool Resumed)> StartRunAsync(string target, string fingerprint, int names, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var last = connection.Command("SELECT id, fingerprint, started_at, complete, names FROM scan_runs WHERE target = @t ORDER BY id DESC LIMIT 1").With("@t", target))
        await using (var reader = await last.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken) && reader.GetInt64(3) == 0 && reader.GetString(1) == fingerprint)
            {
                return (new ScanRun(reader.GetInt64(0), target, fingerprint, StoredTime.Parse(reader.GetString(2)), false, (int)reader.GetInt64(4)), true);
            }
        }

        await using var insert = connection.Command("INSERT INTO scan_runs (target, fingerprint, started_at, complete, names) VALUES (@t, @f, @s, 0, @n) RETURNING id")
            .With("@t", target).With("@f", fingerprint).With("@s", StoredTime.Format(now)).With("@n", names);
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return (new ScanRun(id, target, fingerprint, now, false, names), false);
    }

    public async Task<Dictionary<string, NameState>> LoadStatesAsync(string target, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, NameState>(StringComparer.Ordinal);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command(
            "SELECT name, status, observed, reason, records, first_seen, last_seen, last_run FROM scan_names WHERE target = @t").With("@t", target);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var state = new NameState(reader.GetString(0), StatusText.Parse(reader.GetString(1)), StatusText.Parse(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3), RecordText.Read(reader.GetString(4)),
                reader.IsDBNull(5) ? null : StoredTime.Parse(reader.GetString(5)), reader.IsDBNull(6) ? null : StoredTime.Parse(reader.GetString(6)), reader.GetInt64(7));
            states[state.Name] = state;
        }

        return states;
    }

    /// <summary>Saves a batch of new states and the changes they carry, all or nothing.</summary>
    public async Task SaveAsync(ScanRun run, IReadOnlyList<(NameState State, NameChange? Change)> batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var upsert = connection.Command("""
            INSERT INTO scan_names (target, name, status, observed, reason, records, first_seen, last_seen, last_run)
            VALUES (@t, @n, @s, @o, @r, @rec, @f, @l, @run)
            ON CONFLICT (target, name) DO UPDATE SET status = excluded.status, observed = excluded.observed, reason = excluded.reason,
                records = excluded.records, first_seen = excluded.first_seen, last_seen = excluded.last_seen, last_run = excluded.last_run
            """, transaction).With("@t", run.Target).With("@n", null).With("@s", null).With("@o", null).With("@r", null)
            .With("@rec", null).With("@f", null).With("@l", null).With("@run", run.Id);
        await using var change = connection.Command("""
            INSERT INTO scan_changes (run_id, name, change) VALUES (@run, @n, @c)
            ON CONFLICT (run_id, name) DO UPDATE SET change = excluded.change
            """, transaction).With("@run", run.Id).With("@n", null).With("@c", null);
        foreach (var (state, kind) in batch)
        {
            upsert.Set("@n", state.Name);
            upsert.Set("@s", StatusText.Format(state.Status));
            upsert.Set("@o", StatusText.Format(state.Observed));
            upsert.Set("@r", state.Reason);
            upsert.Set("@rec", RecordText.Write(state.Records));
            upsert.Set("@f", state.FirstSeen is { } f ? StoredTime.Format(f) : null);
            upsert.Set("@l", state.LastSeen is { } l ? StoredTime.Format(l) : null);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            if (kind is { } k)
            {
                change.Set("@n", state.Name);
                change.Set("@c", ChangeText.Format(k));
                await change.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        if (findings is not null)
        {
            await ScanFindingWriter.SaveAsync(connection, transaction, findings, batch, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task CompleteRunAsync(ScanRun run, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var update = connection.Command("UPDATE scan_runs SET complete = 1, finished_at = @f WHERE id = @id")
            .With("@f", StoredTime.Format(now)).With("@id", run.Id);
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task SaveAssessmentAsync(string target, ScanAssessment assessment, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var insert = connection.Command("""
            INSERT INTO scan_assessments (target, name, investigated_at, verdict, score, evidence) VALUES (@t, @n, @at, @v, @s, @e)
            """).With("@t", target).With("@n", assessment.Name).With("@at", StoredTime.Format(assessment.InvestigatedAt))
            .With("@v", assessment.Verdict).With("@s", (long)assessment.Score).With("@e", assessment.Evidence);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Every investigation of a name, oldest first.</summary>
    public async Task<IReadOnlyList<ScanAssessment>> LoadAssessmentsAsync(string target, string name, CancellationToken cancellationToken)
    {
        var found = new List<ScanAssessment>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("""
            SELECT investigated_at, verdict, score, evidence FROM scan_assessments WHERE target = @t AND name = @n ORDER BY investigated_at
            """).With("@t", target).With("@n", name);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new ScanAssessment(name, StoredTime.Parse(reader.GetString(0)), reader.GetString(1), (int)reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return found;
    }

    /// <summary>Every change recorded by a run, including those saved before it was interrupted and resumed.</summary>
    public async Task<Dictionary<string, NameChange>> LoadChangesAsync(ScanRun run, CancellationToken cancellationToken)
    {
        var changes = new Dictionary<string, NameChange>(StringComparer.Ordinal);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("SELECT name, change FROM scan_changes WHERE run_id = @run").With("@run", run.Id);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes[reader.GetString(0)] = ChangeText.Parse(reader.GetString(1));
        }

        return changes;
    }

    public async Task<IReadOnlyList<ScanRun>> LoadRunsAsync(string target, CancellationToken cancellationToken)
    {
        var runs = new List<ScanRun>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command("SELECT id, fingerprint, started_at, complete, names FROM scan_runs WHERE target = @t ORDER BY id").With("@t", target);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new ScanRun(reader.GetInt64(0), target, reader.GetString(1), StoredTime.Parse(reader.GetString(2)), reader.GetInt64(3) != 0, (int)reader.GetInt64(4)));
        }

        return runs;
    }
}
