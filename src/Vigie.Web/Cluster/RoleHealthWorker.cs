namespace Vigie.Web.Cluster;

internal sealed record RoleHealthWorker(string Name, string State, string? LastError);
