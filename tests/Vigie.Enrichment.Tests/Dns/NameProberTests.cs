using Vigie.Enrichment.Dns;
using Vigie.Enrichment.Tests.Support;

namespace Vigie.Enrichment.Tests.Dns;

public sealed class NameProberTests
{
    [Fact]
    public async Task RunAsync_LabZoneWithWildcardsAndFailures_RegisteredSetEqualsZone()
    {
        // 2,000 lookalike names, 5% registered; a wildcard TLD whose synthetic answers cover 40 of the names,
        // one real registration inside it; a wildcard under a real domain; one name whose server fails.
        var names = Enumerable.Range(0, 2000).Select(i => $"brand{i}.com").ToList();
        var zone = new LabZone();
        foreach (var name in names.Where((_, i) => i % 20 == 0))
        {
            zone.Register(name);
        }

        var wildcardNames = Enumerable.Range(0, 40).Select(i => $"brand{i}.wildtld").ToList();
        zone.Wildcard("wildtld", "127.0.9.9").Register("brand7.wildtld", "127.0.9.10");
        zone.Register("brand1.com").Wildcard("brand1.com", "127.0.1.200");
        names.AddRange(wildcardNames);
        names.Add("login.brand1.com");
        names.Add("brand-failing.com");
        zone.Fail("brand-failing.com");
        await using var server = await UnboundServer.StartAsync(zone);
        using var resolver = new DnsResolver(new DnsResolverOptions { Servers = [server.EndPoint] }, TimeProvider.System);
        var sweep = new DnsSweep(new NameProber(resolver, new WildcardDetector(resolver)), 64);
        var found = new System.Collections.Concurrent.ConcurrentDictionary<string, NameObservation>();

        await sweep.RunAsync(names, o =>
        {
            found[o.Name] = o;
            return ValueTask.CompletedTask;
        }, CancellationToken.None);

        var registered = found.Values.Where(o => o.Status == NameStatus.Registered).Select(o => o.Name).Order(StringComparer.Ordinal);
        Assert.Equal(zone.Registered.Keys.Order(StringComparer.Ordinal), registered);
        Assert.Equal((NameStatus.Unknown, "SERVFAIL"), (found["brand-failing.com"].Status, found["brand-failing.com"].Reason));
        Assert.Equal(NameStatus.Wildcard, found["brand3.wildtld"].Status);
        Assert.Equal(NameStatus.Wildcard, found["login.brand1.com"].Status);
        Assert.Equal(["ns1.lab.test"], found["brand20.com"].Records.Ns);
        Assert.Equal(["10 mx.lab.test"], found["brand20.com"].Records.Mx);
        Assert.Equal(names.Count, found.Count);
    }

    [Fact]
    public async Task ProbeAsync_ServerSilent_UnknownNotRegistered()
    {
        await using var server = await UnboundServer.StartAsync(new LabZone());
        var silent = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, server.EndPoint.Port);
        await server.DisposeAsync();
        using var resolver = new DnsResolver(new DnsResolverOptions { Servers = [silent], Timeout = TimeSpan.FromMilliseconds(100), Retries = 1 }, TimeProvider.System);

        var observation = await new NameProber(resolver, new WildcardDetector(resolver)).ProbeAsync("brand.com", CancellationToken.None);

        Assert.Equal(NameStatus.Unknown, observation.Status);
        Assert.Equal("no answer (timeout)", observation.Reason);
    }

    [Fact]
    public async Task RunAsync_NothingListensOnServerPort_AllUnknownNoException()
    {
        await using var server = await UnboundServer.StartAsync(new LabZone());
        var closed = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, server.EndPoint.Port);
        await server.DisposeAsync();
        using var resolver = new DnsResolver(new DnsResolverOptions { Servers = [closed], Timeout = TimeSpan.FromMilliseconds(50), Retries = 1 }, TimeProvider.System);
        var sweep = new DnsSweep(new NameProber(resolver, new WildcardDetector(resolver)), 4);
        var statuses = new System.Collections.Concurrent.ConcurrentBag<NameStatus>();

        await sweep.RunAsync(Enumerable.Range(0, 50).Select(i => $"brand{i}.com"), o =>
        {
            statuses.Add(o.Status);
            return ValueTask.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(50, statuses.Count);
        Assert.All(statuses, s => Assert.Equal(NameStatus.Unknown, s));
    }

    [Fact]
    public async Task ProbeAsync_TxtAnswerLargerThanUdpBuffer_ReadOverTcp()
    {
        // Twelve 200-byte TXT records: about 2,500 bytes, over the 1,232-byte EDNS buffer, so unbound sets TC.
        var zone = new LabZone().Register("brand.com").Text("brand.com", "v=spf1 ip4:192.0.2.0/24 -all").Text("_dmarc.brand.com", "v=DMARC1; p=reject");
        foreach (var i in Enumerable.Range(0, 12))
        {
            zone.Text("brand.com", $"filler{i}-{new string('x', 190)}");
        }

        await using var server = await UnboundServer.StartAsync(zone);
        using var resolver = new DnsResolver(new DnsResolverOptions { Servers = [server.EndPoint], Timeout = TimeSpan.FromSeconds(1) }, TimeProvider.System);

        var observation = await new NameProber(resolver, new WildcardDetector(resolver)).ProbeAsync("brand.com", CancellationToken.None);
        var txt = await resolver.QueryAsync("brand.com", DnsRecordType.TXT, CancellationToken.None);

        Assert.Equal(13, txt.Answers.Count);
        Assert.Equal(["v=spf1 ip4:192.0.2.0/24 -all"], observation.Records.Spf);
        Assert.Equal(["v=DMARC1; p=reject"], observation.Records.Dmarc);
        Assert.False(observation.Partial);
    }
}
