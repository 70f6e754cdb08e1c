using System.Net;
using System.Net.Sockets;

namespace Vigie.Enrichment.Dns;

/// <summary>
/// One connected UDP socket carrying many queries at once: each pending question holds a random free ID,
/// one receive loop hands every datagram to the question it answers (same ID, name and type, RFC 5452 §9.1)
/// and drops the rest. A null result means the answer was truncated and must be asked again over TCP.
/// </summary>
internal sealed class UdpExchange : IDisposable
{
    private readonly Socket socket;
    private readonly Pending?[] pending = new Pending?[65536];
    private readonly Lock gate = new();
    private readonly CancellationTokenSource stop = new();

    public UdpExchange(IPEndPoint server)
    {
        socket = new Socket(server.AddressFamily, SocketType.Dgram, ProtocolType.Udp) { ReceiveBufferSize = 1 << 22 };
        socket.Connect(server);
        _ = ReceiveLoopAsync();
    }

    /// <summary>Sends the query and waits for its answer; throws <see cref="TimeoutException"/> when none comes in time.</summary>
    public async Task<DnsLookup?> ExchangeAsync(string name, DnsRecordType type, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var entry = new Pending(name, type);
        var id = Reserve(entry);
        try
        {
            var buffer = new byte[DnsQueryWriter.MaxLength];
            if (!DnsQueryWriter.TryWrite(buffer, id, name, type, out var length))
            {
                return DnsLookup.Unanswered(name, type, DnsLookupOutcome.Failed);
            }

            await socket.SendAsync(buffer.AsMemory(0, length), SocketFlags.None, cancellationToken);
            return await entry.Completion.Task.WaitAsync(timeout, time, cancellationToken);
        }
        catch (SocketException)
        {
            // A connected UDP socket reports an earlier ICMP "port unreachable" on the next send: no server there.
            return DnsLookup.Unanswered(name, type, DnsLookupOutcome.Failed);
        }
        finally
        {
            lock (gate)
            {
                pending[id] = null;
            }
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        socket.Dispose();
        stop.Dispose();
    }

    private ushort Reserve(Pending entry)
    {
        lock (gate)
        {
            while (true)
            {
                var id = (ushort)Random.Shared.Next(65536);
                if (pending[id] is null)
                {
                    pending[id] = entry;
                    return id;
                }
            }
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[65535];
        while (!stop.IsCancellationRequested)
        {
            int received;
            try
            {
                received = await socket.ReceiveAsync(buffer, SocketFlags.None, stop.Token);
            }
            catch (SocketException)
            {
                // An ICMP "port unreachable" surfaces here on a connected socket; the pending queries time out and retry.
                continue;
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }

            if (received < 12)
            {
                continue;
            }

            var message = buffer.AsSpan(0, received);
            Pending? entry;
            lock (gate)
            {
                entry = pending[DnsResponseReader.ReadId(message)];
            }

            if (entry is null)
            {
                continue;
            }

            if (DnsResponseReader.IsTruncated(message))
            {
                entry.Completion.TrySetResult(null);
            }
            else if (DnsResponseReader.TryRead(message, entry.Name, entry.Type, out var lookup))
            {
                entry.Completion.TrySetResult(lookup);
            }
        }
    }

    private sealed class Pending(string name, DnsRecordType type)
    {
        public string Name { get; } = name;

        public DnsRecordType Type { get; } = type;

        /// <summary>
        /// Continuations run inline on the receive loop: the prober's next step is a few microseconds and a send,
        /// cheaper than a thread-pool hop per answer on a sweep of tens of thousands of queries.
        /// </summary>
        public TaskCompletionSource<DnsLookup?> Completion { get; } = new();
    }
}
