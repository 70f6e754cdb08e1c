using System.Net;
using System.Net.Sockets;

namespace Vigie.TestSupport;

/// <summary>Loopback TCP ports for the daemons the tests start: a free one to give them, and whether one answers yet.</summary>
public static class LoopbackPorts
{
    /// <summary>A port no one listens on right now (the kernel's pick, released at once for the daemon to take).</summary>
    public static int FreeTcp()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>True once something accepts connections on the port.</summary>
    public static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
