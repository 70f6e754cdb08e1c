using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigie.Enrichment.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client over the browser's pipe (<see cref="ChromiumProcess"/>: JSON messages each
/// ended by a NUL byte), with flattened target sessions
/// (Target.attachToTarget flatten=true: every message carries its sessionId). Written here rather than taken
/// from PuppeteerSharp 25.15.0, whose trim and AOT analysis warnings (IL2104, IL3053) break the Native AOT CLI.
/// JSON goes through JsonNode and JsonDocument only, which need no reflection.
/// </summary>
internal sealed class CdpConnection : IAsyncDisposable
{
    /// <summary>A full-page screenshot is the largest message; past this the page is not worth keeping.</summary>
    private const int MaxMessageBytes = 64 * 1024 * 1024;

    private readonly Stream commands;
    private readonly Stream replies;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly CancellationTokenSource closing = new();
    private Task? receiving;
    private int nextId;
    private volatile bool closed;

    private CdpConnection(ChromiumProcess chromium)
    {
        commands = chromium.Commands;
        replies = chromium.Replies;
    }

    /// <summary>Called on the receive loop for every event; handlers must return quickly and never throw.</summary>
    public event Action<CdpEvent>? EventReceived;

    /// <summary>Opens the connection and waits for the browser's first answer, so a browser that cannot start fails here.</summary>
    public static async Task<CdpConnection> OpenAsync(ChromiumProcess chromium, CancellationToken cancellationToken)
    {
        var connection = new CdpConnection(chromium);
        connection.receiving = Task.Run(connection.ReceiveLoopAsync, CancellationToken.None);
        try
        {
            await connection.SendAsync("Browser.getVersion", null, null, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, string? sessionId, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref nextId);
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

        buffer.Write<byte>([0]);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        try
        {
            // Checked once the reply is registered: the receive loop sets the flag before it fails what is registered.
            if (closed)
            {
                throw new CdpException("the browser closed the DevTools connection");
            }

            await WriteAsync(buffer.WrittenMemory, cancellationToken);
            using var registration = cancellationToken.Register(() => reply.TrySetCanceled(cancellationToken));
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
        if (receiving is not null)
        {
            await receiving;
        }

        sendLock.Dispose();
        closing.Dispose();
    }

    private async Task WriteAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            // Never cancelled: a message cut half-way would corrupt the stream, and with it every other page's session.
            await commands.WriteAsync(message, CancellationToken.None);
            await commands.FlushAsync(CancellationToken.None);
        }
        catch (IOException e)
        {
            throw new CdpException($"the browser closed the DevTools connection ({e.Message})");
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Reads the pipe and dispatches each message at its NUL byte.</summary>
    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var scanned = 0;
        try
        {
            while (!closing.IsCancellationRequested)
            {
                var read = await replies.ReadAsync(buffer.GetMemory(64 * 1024), closing.Token);
                if (read == 0)
                {
                    break;
                }

                buffer.Advance(read);
                int end;
                while ((end = buffer.WrittenSpan[scanned..].IndexOf((byte)0)) >= 0)
                {
                    Dispatch(buffer.WrittenMemory[..(scanned + end)]);
                    var rest = buffer.WrittenSpan[(scanned + end + 1)..].ToArray();
                    buffer.ResetWrittenCount();
                    buffer.Write(rest);
                    scanned = 0;
                }

                scanned = buffer.WrittenCount;
                if (scanned > MaxMessageBytes)
                {
                    throw new CdpException($"a DevTools message exceeded {MaxMessageBytes} bytes");
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or CdpException or ObjectDisposedException or JsonException)
        {
            // The browser went away or we are closing: every caller still waiting learns it below.
        }

        closed = true;
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
