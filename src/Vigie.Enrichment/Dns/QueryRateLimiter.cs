namespace Vigie.Enrichment.Dns;

/// <summary>
/// Spaces queries to one server at a fixed rate with a small burst allowance (the generic cell rate algorithm):
/// public resolvers drop or refuse clients above a per-IP rate (Google Public DNS documents 1,500 queries/s).
/// </summary>
internal sealed class QueryRateLimiter(double perSecond, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly long interval = perSecond > 0 ? (long)(time.TimestampFrequency / perSecond) : 0;
    private readonly long tolerance = perSecond > 0 ? (long)(time.TimestampFrequency / perSecond * Math.Max(1, perSecond / 20)) : 0;
    private long theoreticalArrival;

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        if (interval == 0)
        {
            return;
        }

        long wait;
        lock (gate)
        {
            var now = time.GetTimestamp();
            var start = Math.Max(theoreticalArrival, now - tolerance);
            theoreticalArrival = start + interval;
            wait = start - now;
        }

        if (wait > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds((double)wait / time.TimestampFrequency), time, cancellationToken);
        }
    }
}
