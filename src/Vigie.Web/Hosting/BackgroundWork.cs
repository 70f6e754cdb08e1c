using Vigie.Web.Pipeline;

namespace Vigie.Web.Hosting;

/// <summary>The background services of `vigie serve`, one entry per kind of work (README, "vigie serve", "The pipeline").</summary>
internal static class BackgroundWork
{
    public static IReadOnlyList<IBackgroundWork> All { get; } = [new CtWork(), new Digest.DigestWork()];
}
