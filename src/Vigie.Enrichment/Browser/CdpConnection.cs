using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigie.Enrichment.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client over one WebSocket, with flattened target sessions
/// (Target.attachToTarget flatten=true: every message carries its sessionId). Written here rather than taken
/// from PuppeteerSharp 25.15.0, whose trim and AOT analysis warnings (IL2104, IL3053) break the Native AOT CLI.
/// JSON goes through JsonNode and JsonDocument only, which need no reflection.
/// </summary>
internal sealed class CdpConnection : IAsyncDisposable
{
    /// <summary>A full-page screenshot is the largest message; past this the page is not worth keeping.</summary>
    private const int MaxMessageBytes = 64 * 1024 * 1024;

    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly CancellationTokenSource closing = new();
    private Task? receiving;
    private int nextId;

    /// <summary>Called on the receive loop for every event; handlers must return quickly and never throw.</summary>
    public event Action<CdpEvent>? EventReceived;

    public static async Task<CdpConnection> ConnectAsync(Uri webSocketUrl, CancellationToken cancellationToken)
    {
        var connection = new CdpConnection();
        connection.socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await connection.socket.ConnectAsync(webSocketUrl, cancellationToken);
        connection.receiving = Task.Run(connection.ReceiveLoopAsync, CancellationToken.None);
        return connection;
    }

    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, string? sessionId, CancellationToken cancellationToken)
    {
        if (socket.State != WebSocketState.Open)
        {
            throw new CdpException("the browser closed the DevTools connection");
        }

        var id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            message.WriteTo(writer);
        }

        await sendLock.WaitAsync(cancellationToken);
        try
        {
            // Never cancelled: a cancelled WebSocket operation aborts the socket, and with it every other page's session.
            await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            sendLock.Release();
        }

        using var registration = cancellationToken.Register(() => reply.TrySetCanceled(cancellationToken));
        try
        {
            return await reply.Task;
        }
        finally
        {
            pending.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        socket.Abort();
        if (receiving is not null)
        {
            await receiving;
        }

        socket.Dispose();
        sendLock.Dispose();
        closing.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        try
        {
            while (!closing.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.GetMemory(64 * 1024), closing.Token);
                    buffer.Advance(result.Count);
                    if (buffer.WrittenCount > MaxMessageBytes)
                    {
                        throw new CdpException($"a DevTools message exceeded {MaxMessageBytes} bytes");
                    }
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                Dispatch(buffer.WrittenMemory);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or CdpException or ObjectDisposedException or JsonException)
        {
            // The browser went away or we are closing: every caller still waiting learns it below.
        }

        foreach (var reply in pending.Values)
        {
            reply.TrySetException(new CdpException("the browser closed the DevTools connection"));
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> message)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var idElement) && idElement.TryGetInt32(out var id))
        {
            if (pending.TryGetValue(id, out var reply))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    reply.TrySetException(new CdpException(error.TryGetProperty("message", out var m) ? m.GetString() ?? "error" : "error"));
                }
                else
                {
                    reply.TrySetResult(root.TryGetProperty("result", out var r) ? r.Clone() : default);
                }
            }

            return;
        }

        if (root.TryGetProperty("method", out var method))
        {
            var session = root.TryGetProperty("sessionId", out var s) ? s.GetString() ?? "" : "";
            var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
            EventReceived?.Invoke(new CdpEvent(method.GetString() ?? "", session, parameters));
        }
    }
}
