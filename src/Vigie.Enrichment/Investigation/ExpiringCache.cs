using System.Collections.Concurrent;

namespace Vigie.Enrichment.Investigation;

/// <summary>
/// Values about the genuine sites (their sign-in pages' captures, their icons), worked out once per key and shared:
/// the first caller starts the work and every other caller awaits the same task. A value is worked out again once
/// older than <paramref name="keep"/> (a long-running `vigie serve` follows a brand's redesign); one whose work
/// failed or found nothing is tried again after <paramref name="retry"/> at most, so a genuine site down for a
/// moment does not leave every comparison without its reference for a whole <paramref name="keep"/>.
/// </summary>
internal sealed class ExpiringCache<TKey, TValue>(TimeProvider time, TimeSpan keep, TimeSpan retry)
    where TKey : notnull
    where TValue : class
{
    private readonly ConcurrentDictionary<TKey, Entry> entries = new();

    /// <summary>The value of <paramref name="key"/>, from <paramref name="work"/> when there is none yet or it expired.</summary>
    public Task<TValue?> GetAsync(TKey key, Func<TKey, Task<TValue?>> work) =>
        entries.AddOrUpdate(key, k => Start(k, work), (k, old) => Expired(old) ? Start(k, work) : old).Value.Value;

    /// <summary>Lazy: AddOrUpdate may build an entry it then throws away, and only the kept one may start its work.</summary>
    private Entry Start(TKey key, Func<TKey, Task<TValue?>> work) => new(new Lazy<Task<TValue?>>(() => work(key)), time.GetUtcNow());

    private bool Expired(Entry entry)
    {
        if (!entry.Value.IsValueCreated || !entry.Value.Value.IsCompleted)
        {
            return false;
        }

        var task = entry.Value.Value;
        var age = time.GetUtcNow() - entry.At;
        var failed = !task.IsCompletedSuccessfully || task.Result is null;
        return (failed && age >= retry) || (keep != Timeout.InfiniteTimeSpan && age >= keep);
    }

    private sealed record Entry(Lazy<Task<TValue?>> Value, DateTimeOffset At);
}
