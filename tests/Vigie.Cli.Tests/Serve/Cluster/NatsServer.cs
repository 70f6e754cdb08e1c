using System.Diagnostics;
using System.Globalization;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Serve.Cluster;

/// <summary>
/// Debian's nats-server with JetStream, started by the test on a free loopback port with its store in a temporary
/// folder; a machine without it fails the test loudly (apt-get install nats-server, ./test.sh does it).
/// </summary>
internal sealed class NatsServer : IAsyncDisposable
{
    private readonly TempFolder store;
    private readonly Process process;

    private NatsServer(TempFolder store, Process process, int port)
    {
        this.store = store;
        this.process = process;
        Url = string.Create(CultureInfo.InvariantCulture, $"nats://127.0.0.1:{port}");
    }

    public string Url { get; }

    public static async Task<NatsServer> StartAsync()
    {
        var binary = new[] { "/usr/sbin/nats-server", "/usr/bin/nats-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nats-server is not installed (apt-get install nats-server; ./test.sh does it)");
        var port = LoopbackPorts.FreeTcp();
        var store = new TempFolder();
        var process = Process.Start(new ProcessStartInfo(binary, ["-js", "-a", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-sd", store.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.OutputDataReceived += (_, e) => Console.Out.WriteLine($"nats: {e.Data}");
        process.ErrorDataReceived += (_, e) => Console.Error.WriteLine($"nats: {e.Data}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new NatsServer(store, process, port);
        await Poll.UntilAsync(() => LoopbackPorts.Listening(port), TimeSpan.FromSeconds(30));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        store.Dispose();
    }
}
