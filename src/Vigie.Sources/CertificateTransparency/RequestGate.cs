namespace Vigie.Sources.CertificateTransparency;

/// <summary>Spaces the requests to one log at least 1/rate apart, whichever range or tile asks (a per-log rate limit).</summary>
internal sealed class RequestGate(double requestsPerSecond, TimeProvider time) : IDisposable
{
    private readonly TimeSpan interval = TimeSpan.FromSeconds(1 / Math.Max(requestsPerSecond, 0.001));
    private readonly SemaphoreSlim turn = new(1, 1);
    private DateTimeOffset next = DateTimeOffset.MinValue;

    public async Task WaitAsync(CancellationToken cancel)
    {
        await turn.WaitAsync(cancel);
        try
        {
            var now = time.GetUtcNow();
            if (next > now)
            {
                await Task.Delay(next - now, time, cancel);
                now = next;
            }

            next = now + interval;
        }
        finally
        {
            turn.Release();
        }
    }

    public void Dispose() => turn.Dispose();
}
