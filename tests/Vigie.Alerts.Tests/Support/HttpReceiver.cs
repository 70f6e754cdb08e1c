using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Vigie.TestSupport;

namespace Vigie.Alerts.Tests.Support;

/// <summary>
/// A real HTTP listener (Kestrel on loopback) standing in for Slack, Teams, Matrix or a SIEM's webhook: it keeps every
/// request. <see cref="StopAsync"/> closes the port (a dead receiver: connection refused) and <see cref="StartAsync"/>
/// opens it again on the same port.
/// </summary>
internal sealed class HttpReceiver : IAsyncDisposable
{
    private WebApplication? app;

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<HttpReceiver> StartNewAsync()
    {
        var receiver = new HttpReceiver();
        await receiver.StartAsync(0);
        return receiver;
    }

    public async Task StartAsync(int port)
    {
        (app, BaseAddress) = await LoopbackWebHost.StartAsync(ReceiveAsync, IPAddress.Loopback, port);
    }

    public async Task StopAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        // The target as sent, not decoded: the tests check what the channel escaped.
        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        Requests.Enqueue(new ReceivedRequest(context.Request.Method, target, headers, body, DateTimeOffset.UtcNow));
        context.Response.StatusCode = StatusCodes.Status200OK;
        await context.Response.WriteAsync(context.Request.Method == "PUT" ? "{\"event_id\":\"$1\"}" : "ok");
    }
}
