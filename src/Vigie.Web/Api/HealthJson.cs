namespace Vigie.Web.Api;

/// <summary>GET /health: "ok" when the database answers; the only JSON a signed-out caller gets.</summary>
internal sealed record HealthJson(string Status);
