using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Vigie.Enrichment.Dns;

namespace Vigie.Storage.Scans;

/// <summary>
/// Sweeps the names of a target and remembers the result: observations flow from the concurrent sweep through a
/// channel to one writer that folds them into the remembered states (<see cref="ChangeTracker"/>) and saves them in
/// batches. Interrupted, it saves what was checked and leaves the run incomplete; the next run with the same names
/// resumes it: only the names not yet checked, checked and found unregistered (not stored, to keep the sweep
/// fast), or left unknown, are asked again.
/// </summary>
internal sealed class ScanRunner(ScanStore store, DnsSweep sweep, TimeProvider time)
{
    private const int BatchSize = 2000;

    public async Task<ScanReport> RunAsync(string target, IReadOnlyList<ScanTarget> names, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (run, resumed) = await store.StartRunAsync(target, Fingerprint(names), names.Count, time.GetUtcNow(), cancellationToken);
        var states = await store.LoadStatesAsync(target, cancellationToken);
        // A name this run already asked is skipped on resume, unless no answer was had: a run stopped because the name
        // servers went silent asks its last names again.
        var todo = names.Where(n => !(resumed && states.TryGetValue(n.Name, out var s) && s.LastRun == run.Id && s.Observed != NameStatus.Unknown))
            .Select(n => n.Name).ToList();
        var done = names.Count - todo.Count;
        progress?.Invoke(done, names.Count);

        var channel = Channel.CreateUnbounded<NameObservation>(new UnboundedChannelOptions { SingleReader = true });
        var writer = Task.Run(() => SaveAllAsync(run, states, channel.Reader, checkedCount =>
        {
            done += checkedCount;
            progress?.Invoke(done, names.Count);
        }), CancellationToken.None);
        var interrupted = false;
        string? stopped = null;
        try
        {
            await sweep.RunAsync(todo, o => channel.Writer.WriteAsync(o, CancellationToken.None), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }
        catch (NameServersSilentException e)
        {
            (interrupted, stopped) = (true, e.Message);
        }
        finally
        {
            channel.Writer.Complete();
        }

        var checkedNow = await writer;
        if (!interrupted)
        {
            await store.CompleteRunAsync(run, time.GetUtcNow(), CancellationToken.None);
        }

        var changes = await store.LoadChangesAsync(run, CancellationToken.None);
        var rows = names
            .Where(n => states.TryGetValue(n.Name, out var s) && s.LastRun == run.Id)
            .Select(n => Row(n, states[n.Name], changes.TryGetValue(n.Name, out var c) ? c : null))
            .ToList();
        return new ScanReport(run.Id, resumed, interrupted, names.Count, rows, clock.Elapsed, checkedNow, stopped);
    }

    /// <summary>The single writer: never cancelled, so that whatever was checked before a signal is saved.</summary>
    private async Task<int> SaveAllAsync(ScanRun run, Dictionary<string, NameState> states, ChannelReader<NameObservation> reader, Action<int> saved)
    {
        var total = 0;
        var batch = new List<(NameState, NameChange?)>(BatchSize);
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            var now = time.GetUtcNow();
            var count = 0;
            while (count < BatchSize && reader.TryRead(out var observation))
            {
                count++;
                var previous = states.GetValueOrDefault(observation.Name);
                var (next, change) = ChangeTracker.Apply(previous, observation, run.Id, now);
                states[observation.Name] = next;
                // Most names never existed: nothing to remember, and not writing them keeps a sweep at full speed.
                // A run killed before its end simply asks about those again.
                if (previous is not null || observation.Status != NameStatus.Unregistered)
                {
                    batch.Add((next, change));
                }
            }

            if (batch.Count > 0)
            {
                await store.SaveAsync(run, batch, now, CancellationToken.None);
            }

            total += count;
            saved(count);
            batch.Clear();
        }

        return total;
    }

    private static ScanRow Row(ScanTarget name, NameState state, NameChange? change) =>
        new(name.Name, state.Observed, change, state.FirstSeen, state.LastSeen, state.Records, state.Reason, name.Techniques);

    /// <summary>Identifies the name list regardless of order: a run is resumed only for the very same names.</summary>
    private static string Fingerprint(IReadOnlyList<ScanTarget> names)
    {
        var joined = string.Join('\n', names.Select(n => n.Name).Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..32];
    }
}
