namespace Vigie.Web.Cluster;

/// <summary>The answer of /health in a role without the dashboard: ok or failing, the role, and each background service's state.</summary>
internal sealed record RoleHealth(string Status, string Role, string? Queue, IReadOnlyList<RoleHealthWorker> Workers);
