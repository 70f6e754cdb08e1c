using Vigie.Web.Alerts;
using Vigie.Web.Pipeline;
using Vigie.Web.Pipeline.Investigation;
using Vigie.Web.Pipeline.Sweeps;

namespace Vigie.Web.Hosting;

/// <summary>The background services of `vigie serve`, one entry per kind of work (README, "vigie serve", "The pipeline").</summary>
internal static class BackgroundWork
{
    public static IReadOnlyList<IBackgroundWork> All { get; } =
        [new CtWork(), new SweepWork(), ScheduledFilesWork.Nrd, ScheduledFilesWork.Zones, new InvestigationWork(), new AlertsWork(), new Decoys.DecoyWork(), new Digest.DigestWork()];
}
