namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Exponential backoff with "equal jitter" (half fixed, half random) so clients that failed together do not
/// retry together; a server's Retry-After (RFC 9110 §10.2.3) is a floor, capped at ten minutes.
/// </summary>
internal static class Backoff
{
    private static readonly TimeSpan RetryAfterCap = TimeSpan.FromMinutes(10);

    public static TimeSpan Delay(int attempt, TimeSpan? retryAfter, CtFetchOptions options, Random random)
    {
        var exponential = Math.Min(options.MaxDelay.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt));
        var jittered = TimeSpan.FromMilliseconds((exponential / 2) + (random.NextDouble() * exponential / 2));
        if (retryAfter is { } floor && floor > jittered)
        {
            return floor < RetryAfterCap ? floor : RetryAfterCap;
        }

        return jittered;
    }
}
