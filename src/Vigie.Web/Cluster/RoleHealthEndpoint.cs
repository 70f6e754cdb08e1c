using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NATS.Client.Core;
using Vigie.Storage.Database;
using Vigie.Web.Hosting;

namespace Vigie.Web.Cluster;

/// <summary>
/// GET /health of a role without the dashboard (ingest, sweep, investigate), for a load balancer or a supervisor: 200 with
/// the role and its services' states while the database (and NATS, when configured) answer, 503 otherwise. No sign-in:
/// it says nothing about findings, and such a role listens on loopback or a private address only.
/// </summary>
internal static class RoleHealthEndpoint
{
    public static void Map(WebApplication app, ServeRole role) => app.MapGet("/health", async (HttpContext context, WorkerStatusRegistry registry) =>
    {
        var services = context.RequestServices;
        string? problem = null;
        try
        {
            await using var connection = await services.GetRequiredService<VigieDatabase>().OpenConnectionAsync(context.RequestAborted);
        }
        catch (Exception e) when (QueueFailure.Is(e))
        {
            problem = $"database: {e.Message}";
        }

        // Closed is a connection this role has not used yet (an ingest worker sends nothing over NATS): only one trying to
        // reach its servers is failing.
        var nats = services.GetService<NatsConnection>();
        if (nats?.ConnectionState is NatsConnectionState.Connecting or NatsConnectionState.Reconnecting)
        {
            problem ??= $"nats: {nats.ConnectionState}";
        }

        var workers = registry.All().Select(w => new RoleHealthWorker(w.Name, w.State, w.LastError)).ToList();
        var health = new RoleHealth(problem is null ? "ok" : "failing", role.Name(), nats is null ? "database" : "jetstream", workers);
        return Results.Text(JsonSerializer.Serialize(health, ClusterJsonContext.Default.RoleHealth), "application/json", statusCode: problem is null ? 200 : 503);
    }).AllowAnonymous();
}
