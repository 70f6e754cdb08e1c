using System.Net;
using System.Net.Sockets;
using System.Text;
using Vigie.Enrichment.Rdap;
using Vigie.TestSupport;

namespace Vigie.Enrichment.Tests.Rdap;

public sealed class RegistrationLookupTests : IAsyncLifetime
{
    private readonly HttpRdapTransport transport = new(TimeSpan.FromSeconds(5));
    private RdapLabServer server = null!;

    public async Task InitializeAsync() => server = await RdapLabServer.StartAsync();

    public async Task DisposeAsync()
    {
        transport.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task RefreshAsync_LocalBootstrap_SavedAndParsed()
    {
        using var folder = new TempFolder();

        var bootstrap = await RdapBootstrapFile.RefreshAsync(new Uri(server.Base, "bootstrap.json"), folder.File("rdap/dns.json"), transport, CancellationToken.None);
        var reloaded = await RdapBootstrapFile.LoadAsync(folder.File("rdap/dns.json"), CancellationToken.None);

        Assert.Equal("2026-11-28T18:00:02Z", bootstrap.Publication);
        Assert.Equal(3, reloaded!.Count);
        Assert.Equal([new Uri(server.Base, "rdap/")], reloaded.ServersFor("login.en-rnarche.fr"));
        Assert.Empty(reloaded.ServersFor("example.invalid"));
    }

    [Fact]
    public async Task RefreshAsync_NotABootstrapFile_ThrowsAndKeepsTheOldFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("dns.json");
        await File.WriteAllTextAsync(path, server.Bootstrap);

        await Assert.ThrowsAsync<IOException>(() => RdapBootstrapFile.RefreshAsync(new Uri(server.Base, "missing.json"), path, transport, CancellationToken.None));

        Assert.Equal(server.Bootstrap, await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task LookupAsync_RdapServer_RegistrarDatesAbuseAndNameServers()
    {
        var lookup = new RegistrationLookup(RdapBootstrap.Parse(Encoding.UTF8.GetBytes(server.Bootstrap)), transport, new NoWhois(), null);

        var (registration, error) = await lookup.LookupAsync("en-rnarche.fr", CancellationToken.None);

        Assert.Null(error);
        Assert.Equal("rdap", registration!.Source);
        Assert.Equal("Example Registrar SAS", registration.Registrar);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 14, 0, TimeSpan.Zero), registration.Created);
        Assert.Equal(new DateTimeOffset(2027, 11, 20, 9, 14, 0, TimeSpan.Zero), registration.Expires);
        Assert.Equal("abuse@registrar.test", registration.AbuseEmail);
        Assert.Equal(["ns1.parking.test", "ns2.parking.test"], registration.NameServers);
        Assert.Contains("client transfer prohibited", registration.Statuses);
    }

    [Fact]
    public async Task LookupAsync_UnknownToRdap_NotRegistered()
    {
        var lookup = new RegistrationLookup(RdapBootstrap.Parse(Encoding.UTF8.GetBytes(server.Bootstrap)), transport, new NoWhois(), null);

        var (registration, error) = await lookup.LookupAsync("nobody.fr", CancellationToken.None);

        Assert.Null(registration);
        Assert.Contains("not registered", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookupAsync_RdapFailsAndWhoisConfigured_FollowsTheReferral()
    {
        using var root = new TcpListener(IPAddress.Loopback, 0);
        using var registry = new TcpListener(IPAddress.Loopback, 0);
        root.Start();
        registry.Start();
        var (rootPort, registryPort) = (((IPEndPoint)root.LocalEndpoint).Port, ((IPEndPoint)registry.LocalEndpoint).Port);
        var queries = new List<string>();
        var serving = Task.WhenAll(
            ServeWhoisAsync(root, queries, $"% IANA WHOIS server\r\nrefer:        127.0.0.1:{registryPort}\r\n\r\ndomain:       BROKEN\r\n"),
            ServeWhoisAsync(registry, queries, "Domain Name: EN-RNARCHE.BROKEN\r\nRegistrar: Lab Registrar Ltd\r\nCreation Date: 2026-11-21T10:00:00Z\r\n"
                + "Registrar Abuse Contact Email: abuse@lab-registrar.test\r\nDomain Status: clientHold https://icann.org/epp#clientHold\r\n"
                + "Name Server: NS1.LAB.TEST\r\n"));
        var lookup = new RegistrationLookup(RdapBootstrap.Parse(Encoding.UTF8.GetBytes(server.Bootstrap)), transport,
            new TcpWhoisTransport(TimeSpan.FromSeconds(5), TimeProvider.System), $"127.0.0.1:{rootPort}");

        var (registration, error) = await lookup.LookupAsync("en-rnarche.broken", CancellationToken.None);
        await serving;

        Assert.Null(error);
        Assert.Equal(["en-rnarche.broken", "en-rnarche.broken"], queries);
        Assert.Equal("whois", registration!.Source);
        Assert.Equal("Lab Registrar Ltd", registration.Registrar);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), registration.Created);
        Assert.Equal("abuse@lab-registrar.test", registration.AbuseEmail);
        Assert.Equal(["clientHold"], registration.Statuses);
        Assert.Equal(["ns1.lab.test"], registration.NameServers);
    }

    [Fact]
    public async Task LookupAsync_NoServerAnywhere_SaysSo()
    {
        var lookup = new RegistrationLookup(null, transport, new NoWhois(), null);

        var (registration, error) = await lookup.LookupAsync("example.zz", CancellationToken.None);

        Assert.Null(registration);
        Assert.Equal("no RDAP server for this TLD and no WHOIS server configured", error);
    }

    private static async Task ServeWhoisAsync(TcpListener listener, List<string> queries, string answer)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var client = await listener.AcceptTcpClientAsync(timeout.Token);
        var stream = client.GetStream();
        var buffer = new byte[512];
        var read = await stream.ReadAsync(buffer, timeout.Token);
        lock (queries)
        {
            queries.Add(Encoding.ASCII.GetString(buffer, 0, read).TrimEnd());
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(answer), timeout.Token);
    }
}
