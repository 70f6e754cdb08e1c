using System.Collections.Concurrent;
using System.Globalization;
using Vigie.Web.Hosting;

namespace Vigie.Web.Pipeline.Investigation;

/// <summary>
/// What the sources page says of the investigations: the queue's length, how many were done over the last
/// <see cref="Window"/> (as a rate per minute), the last success and the last error.
/// </summary>
internal sealed class InvestigationStatus(WorkerStatusRegistry workers, TimeProvider time)
{
    public const string Name = "investigations";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly ConcurrentQueue<DateTimeOffset> done = new();
    private long queued;
    private DateTimeOffset? lastSuccess;
    private (string? Message, DateTimeOffset? At) lastError;

    public void Queued(long count)
    {
        Interlocked.Exchange(ref queued, count);
        Report();
    }

    public void Done()
    {
        var now = time.GetUtcNow();
        done.Enqueue(now);
        lastSuccess = now;
        Report();
    }

    public void Failed(string message)
    {
        lastError = (message, time.GetUtcNow());
        Report();
    }

    /// <summary>Investigations finished per minute over the last ten minutes (or since the start, when shorter).</summary>
    public double PerMinute(DateTimeOffset started)
    {
        var now = time.GetUtcNow();
        while (done.TryPeek(out var first) && now - first > Window)
        {
            done.TryDequeue(out _);
        }

        var span = now - started < Window ? now - started : Window;
        return span.TotalMinutes <= 0 ? 0 : done.Count / span.TotalMinutes;
    }

    public DateTimeOffset Started { get; } = time.GetUtcNow();

    private void Report()
    {
        var state = string.Create(CultureInfo.InvariantCulture, $"{Interlocked.Read(ref queued)} queued, {PerMinute(Started):0.#} per minute");
        workers.Report(new WorkerStatus(Name, state, lastSuccess, lastError.Message, lastError.At, null));
    }
}
