using Vigie.Storage.Decoys;

namespace Vigie.Decoys.Detection;

/// <summary>
/// Follows sign-in logs for decoy uses until cancelled: every follower read in turn every quarter of a second, the
/// list of decoys reloaded every 30 seconds (decoys generated meanwhile are caught too), each new use recorded and
/// handed to the caller. Each file's position is stored once the uses read up to it are, and a follower starts from the
/// stored one: a restart misses nothing written meanwhile and reads nothing twice (a use read again after a crash
/// between the two is stored once, <see cref="DecoyUseRecorder"/>).
/// </summary>
internal sealed class DecoyWatch(IDecoyRepository decoys, DecoyUseRecorder recorder, TimeProvider time)
{
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Reload = TimeSpan.FromSeconds(30);

    public async Task RunAsync(IReadOnlyList<LogFollower> followers, Func<DecoyAlert, Task> onAlert, CancellationToken cancellationToken)
    {
        var index = new DecoyIndex(await decoys.ListAsync(null, cancellationToken));
        var loaded = time.GetTimestamp();
        while (true)
        {
            if (time.GetElapsedTime(loaded) >= Reload)
            {
                index = new DecoyIndex(await decoys.ListAsync(null, cancellationToken));
                loaded = time.GetTimestamp();
            }

            await OnceAsync(followers, index, onAlert, cancellationToken);
            await Task.Delay(Poll, time, cancellationToken);
        }
    }

    /// <summary>One pass over every follower.</summary>
    public async Task OnceAsync(IReadOnlyList<LogFollower> followers, DecoyIndex index, Func<DecoyAlert, Task> onAlert, CancellationToken cancellationToken)
    {
        foreach (var follower in followers)
        {
            if (!follower.Resumed)
            {
                follower.Resume(await decoys.LogPositionAsync(follower.Source, cancellationToken));
            }

            var uses = follower.ReadAvailable(index);
            if (uses.Count > 0)
            {
                foreach (var alert in await recorder.RecordAsync(uses, cancellationToken))
                {
                    await onAlert(alert);
                }
            }

            if (follower.Unsaved is { } position)
            {
                await decoys.SaveLogPositionAsync(position, cancellationToken);
                follower.Saved(position);
            }
        }
    }
}
