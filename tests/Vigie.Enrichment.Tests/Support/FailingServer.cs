using System.Net;
using System.Net.Sockets;

namespace Vigie.Enrichment.Tests.Support;

/// <summary>
/// An authoritative server that answers SERVFAIL to every query, on a free loopback port: what unbound meets
/// when it forwards a failing name there, and passes on promptly as SERVFAIL (a server that does not answer at
/// all would make unbound hold the query for seconds while it probes).
/// </summary>
internal sealed class FailingServer : IDisposable
{
    private readonly UdpClient socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    // Not disposed: its token is read by the receive loop until it sees the cancellation, and it holds no timer.
    private readonly CancellationTokenSource stop = new();

    public FailingServer()
    {
        _ = AnswerAsync();
    }

    public int Port => ((IPEndPoint)socket.Client.LocalEndPoint!).Port;

    public void Dispose()
    {
        if (stop.IsCancellationRequested)
        {
            return; // disposed already: the lab server is disposed by tests that stop it early, then by `await using`
        }

        stop.Cancel();
        socket.Dispose();
    }

    private async Task AnswerAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var query = await socket.ReceiveAsync(stop.Token);
                var answer = query.Buffer.ToArray();
                if (answer.Length < 12)
                {
                    continue;
                }

                answer[2] = (byte)(0x80 | (answer[2] & 0x01)); // QR, keep RD
                answer[3] = 0x82; // RA, RCODE 2 (SERVFAIL)
                await socket.SendAsync(answer, query.RemoteEndPoint, stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (stop.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }
}
