using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Vigie.Enrichment.Rdap;

/// <summary>WHOIS over TCP (RFC 3912): send the query and CRLF, read until the server closes, at most 256 kB.</summary>
internal sealed class TcpWhoisTransport(TimeSpan timeout, TimeProvider time) : IWhoisTransport
{
    private const int MaxBytes = 256 * 1024;

    /// <summary>Asks <c>server</c>, a host name or "host:port" (tests use a local port).</summary>
    public async Task<string> QueryAsync(string server, string query, CancellationToken cancellationToken)
    {
        var (host, port) = Split(server);
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        using var client = new TcpClient();
        await client.ConnectAsync(host, port, linked.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(query + "\r\n"), linked.Token);
        var buffer = new byte[MaxBytes];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(filled), linked.Token)) > 0)
        {
            filled += read;
        }

        // WHOIS has no declared charset; UTF-8 decoding keeps ASCII intact and marks anything else as U+FFFD.
        return Encoding.UTF8.GetString(buffer, 0, filled);
    }

    private static (string Host, int Port) Split(string server)
    {
        var colon = server.LastIndexOf(':');
        return colon > 0 && !server.Contains(']', StringComparison.Ordinal) && server.Count(c => c == ':') == 1
            && int.TryParse(server.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? (server[..colon], port)
            : (server, 43);
    }
}
