using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Vigie.Enrichment.Http;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of every investigation: it resolves the host itself,
/// checks every address against the policy and only then dials, so a DNS answer that changes between a check
/// and the connection (DNS rebinding) cannot slip through. A host is refused whole when any of its addresses
/// is forbidden: an attacker mixing a public and a private record must not get a second chance on retry.
/// </summary>
internal sealed class ConnectionGuard(IHostAddressResolver resolver, AddressPolicy policy)
{
    private readonly ConcurrentQueue<ConnectAttempt> attempts = new();

    /// <summary>Every address considered so far, refused or dialled, in order.</summary>
    public IReadOnlyList<ConnectAttempt> Attempts => [.. attempts];

    public AddressPolicy Policy => policy;

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = await ConnectSocketAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);
        return new NetworkStream(socket, ownsSocket: true);
    }

    /// <summary>A connected socket to <paramref name="host"/>, or <see cref="AddressRefusedException"/> without any packet sent.</summary>
    public async Task<Socket> ConnectSocketAsync(string host, int port, CancellationToken cancellationToken)
    {
        var addresses = await CheckedAddressesAsync(host, port, cancellationToken);
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                attempts.Enqueue(new ConnectAttempt(host, port, address, null));
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken);
                return socket;
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    private async Task<IReadOnlyList<IPAddress>> CheckedAddressesAsync(string host, int port, CancellationToken cancellationToken)
    {
        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        IReadOnlyList<IPAddress> addresses = IPAddress.TryParse(bare, out var literal)
            ? [literal]
            : await resolver.ResolveAsync(host, cancellationToken);
        if (addresses.Count == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        string? firstRefusal = null;
        foreach (var address in addresses)
        {
            var refusal = policy.Refusal(address);
            if (refusal is not null)
            {
                attempts.Enqueue(new ConnectAttempt(host, port, address, refusal));
                firstRefusal ??= refusal;
            }
        }

        return firstRefusal is null
            ? addresses
            : throw new AddressRefusedException($"refused to connect to {host}: {firstRefusal}");
    }
}
