using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Vigie.TestSupport.Smtp;

/// <summary>
/// A real SMTP server on loopback for the tests: Debian's python3-aiosmtpd running smtp_server.py, which keeps every
/// message it accepts in a temporary folder. It can be stopped and started again on the same port (connections
/// refused in between) and told to answer a recipient with a 4xx or 5xx reply.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly TempFolder folder = new();
    private readonly string? user;
    private readonly string? password;
    private readonly JsonObject rules = [];
    private readonly TestCertificate? certificate;
    private readonly bool implicitTls;
    private Process? process;

    private SmtpTestServer(int port, string? user, string? password, TestCertificate? certificate, bool implicitTls)
    {
        Port = port;
        this.user = user;
        this.password = password;
        this.certificate = certificate;
        this.implicitTls = implicitTls;
        Directory.CreateDirectory(Mailbox);
    }

    public int Port { get; }

    private string Mailbox => folder.File("mailbox");

    private string RulesFile => folder.File("rules.json");

    /// <summary>A server listening on a free loopback port; with <paramref name="user"/>, AUTH is required.</summary>
    public static async Task<SmtpTestServer> StartAsync(string? user = null, string? password = null)
    {
        var server = Reserve(user, password);
        await server.StartAsync();
        return server;
    }

    /// <summary>A server with <paramref name="certificate"/>: STARTTLS required before MAIL, or TLS from the first byte when <paramref name="implicitTls"/>.</summary>
    public static async Task<SmtpTestServer> StartTlsAsync(TestCertificate certificate, bool implicitTls)
    {
        var server = new SmtpTestServer(LoopbackPorts.FreeTcp(), null, null, certificate, implicitTls);
        await server.StartAsync();
        return server;
    }

    /// <summary>A free port with no server on it yet: connections are refused until <see cref="StartAsync()"/>.</summary>
    public static SmtpTestServer Reserve(string? user = null, string? password = null) => new(LoopbackPorts.FreeTcp(), user, password, null, false);

    public async Task StartAsync()
    {
        if (process is not null)
        {
            return;
        }

        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Smtp", "smtp_server.py"));
        foreach (var argument in (string[])["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--folder", Mailbox, "--rules", RulesFile])
        {
            start.ArgumentList.Add(argument);
        }

        if (user is not null)
        {
            start.ArgumentList.Add("--user");
            start.ArgumentList.Add(user);
            start.ArgumentList.Add("--password");
            start.ArgumentList.Add(password ?? "");
        }

        if (certificate is not null)
        {
            start.ArgumentList.Add("--tlscert");
            start.ArgumentList.Add(certificate.CertificateFile);
            start.ArgumentList.Add("--tlskey");
            start.ArgumentList.Add(certificate.KeyFile);
            if (implicitTls)
            {
                start.ArgumentList.Add("--implicit");
            }
        }

        var started = Process.Start(start) ?? throw new InvalidOperationException("could not start python3");
        var errors = started.StandardError.ReadToEndAsync();
        var line = await started.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
        if (line != "ready")
        {
            started.Kill();
            throw new InvalidOperationException($"the test SMTP server did not start (is python3-aiosmtpd installed?): {await errors}");
        }

        process = started;
    }

    /// <summary>Stops listening: connections are refused until started again. Received messages are kept.</summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(5_000))
        {
            process.Kill();
        }

        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    /// <summary>Answers <paramref name="reply"/> (e.g. "451 4.7.1 try later") to RCPT TO of <paramref name="address"/> the first <paramref name="times"/> times (-1: always).</summary>
    public void RejectRecipient(string address, string reply, int times = -1)
    {
        rules[address.ToLowerInvariant()] = new JsonObject { ["reply"] = reply, ["times"] = times };
        File.WriteAllText(RulesFile, rules.ToJsonString());
    }

    /// <summary>Every message accepted so far, in order.</summary>
    public IReadOnlyList<ReceivedMail> Messages() =>
        [.. Directory.EnumerateFiles(Mailbox, "*.eml").Order(StringComparer.Ordinal).Select(path => new ReceivedMail(
            File.ReadAllLines(Path.ChangeExtension(path, ".rcpt")).Where(l => l.Length > 0).ToList(), File.ReadAllBytes(path)))];

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        folder.Dispose();
    }
}
