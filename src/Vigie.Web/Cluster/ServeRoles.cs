using Vigie.Web.Alerts;
using Vigie.Web.Hosting;
using Vigie.Web.Pipeline;
using Vigie.Web.Pipeline.Investigation;
using Vigie.Web.Pipeline.Sweeps;

namespace Vigie.Web.Cluster;

/// <summary>Which role runs which background work, and the role's name on the command line and in /health.</summary>
internal static class ServeRoles
{
    public static readonly string[] Names = ["all", "web", "ingest", "sweep", "investigate"];

    public static ServeRole? Parse(string name) => Array.IndexOf(Names, name) is >= 0 and var index ? (ServeRole)index : null;

    public static string Name(this ServeRole role) => Names[(int)role];

    /// <summary>The dashboard, the API and the first-admin offer: in the web role and in the single process.</summary>
    public static bool ServesDashboard(this ServeRole role) => role is ServeRole.All or ServeRole.Web;

    public static bool Runs(this ServeRole role, IBackgroundWork work) => role == ServeRole.All || role == RoleOf(work);

    /// <summary>Alerts, digests and decoys stay with the web role: they are what the dashboard's people configure and read.</summary>
    private static ServeRole RoleOf(IBackgroundWork work) => work switch
    {
        CtWork or ScheduledFilesWork => ServeRole.Ingest,
        SweepWork => ServeRole.Sweep,
        InvestigationWork => ServeRole.Investigate,
        AlertsWork or Decoys.DecoyWork or Digest.DigestWork => ServeRole.Web,
        _ => throw new ArgumentOutOfRangeException(nameof(work), work.GetType().Name, "background work without a role"),
    };
}
