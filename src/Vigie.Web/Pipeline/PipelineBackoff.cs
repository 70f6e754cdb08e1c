namespace Vigie.Web.Pipeline;

/// <summary>
/// How long a background service waits after its n-th failure in a row: one second, doubled each time, up to
/// <c>max</c>, so a source down for an hour is tried a few dozen times, not thousands.
/// </summary>
internal static class PipelineBackoff
{
    public static TimeSpan Delay(int failures, TimeSpan max)
    {
        var seconds = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        return seconds >= max.TotalSeconds ? max : TimeSpan.FromSeconds(seconds);
    }
}
