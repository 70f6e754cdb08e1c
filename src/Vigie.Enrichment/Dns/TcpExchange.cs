using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Vigie.Enrichment.Dns;

/// <summary>Asks one question over TCP, used when the UDP answer came back truncated (RFC 7766 §5, RFC 1035 §4.2.2).</summary>
internal static class TcpExchange
{
    public static Task<DnsLookup> ExchangeAsync(IPEndPoint server, string name, DnsRecordType type, TimeSpan timeout, CancellationToken cancellationToken) =>
        ExchangeAsync(async token =>
        {
            var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(server, token);
                return socket;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }, name, type, recursionDesired: true, timeout, cancellationToken);

    /// <summary>Asks over a socket <paramref name="connect"/> opens (a guarded connection to an authoritative server, without recursion).</summary>
    public static async Task<DnsLookup> ExchangeAsync(Func<CancellationToken, Task<Socket>> connect, string name, DnsRecordType type, bool recursionDesired, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var query = new byte[DnsQueryWriter.MaxLength + 2];
        if (!DnsQueryWriter.TryWrite(query.AsSpan(2), (ushort)Random.Shared.Next(65536), name, type, out var length, recursionDesired))
        {
            return DnsLookup.Unanswered(name, type, DnsLookupOutcome.Failed);
        }

        BinaryPrimitives.WriteUInt16BigEndian(query, (ushort)length);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var socket = await connect(deadline.Token);
            await socket.SendAsync(query.AsMemory(0, length + 2), SocketFlags.None, deadline.Token);
            var prefix = new byte[2];
            await ReadExactlyAsync(socket, prefix, deadline.Token);
            var message = new byte[BinaryPrimitives.ReadUInt16BigEndian(prefix)];
            await ReadExactlyAsync(socket, message, deadline.Token);
            return DnsResponseReader.TryRead(message, name, type, out var lookup) && lookup is not null
                ? lookup
                : DnsLookup.Unanswered(name, type, DnsLookupOutcome.Failed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DnsLookup.Unanswered(name, type, DnsLookupOutcome.TimedOut);
        }
        catch (SocketException)
        {
            return DnsLookup.Unanswered(name, type, DnsLookupOutcome.Failed);
        }
    }

    private static async Task ReadExactlyAsync(Socket socket, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        while (buffer.Length > 0)
        {
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
            if (read == 0)
            {
                throw new SocketException((int)SocketError.ConnectionReset);
            }

            buffer = buffer[read..];
        }
    }
}
