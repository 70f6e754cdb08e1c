namespace Vigie.Web.Api;

/// <summary>GET /api/v1/sources: the store's source rows and this server's background services.</summary>
internal sealed record SourcesJson(IReadOnlyList<SourceStatusJson> Sources, IReadOnlyList<WorkerJson> Workers);
