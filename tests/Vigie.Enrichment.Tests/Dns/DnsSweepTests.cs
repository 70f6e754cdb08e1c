using System.Collections.Concurrent;
using System.Net;
using Vigie.Enrichment.Dns;
using Vigie.Enrichment.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Enrichment.Tests.Dns;

/// <summary>A sweep told to stop when its name servers fall silent, against a real unbound and a port where nothing listens.</summary>
public sealed class DnsSweepTests
{
    [Fact]
    public async Task RunAsync_StopWhenSilentAndNothingListens_StopsAtTheLimitInOneLine()
    {
        var closed = new IPEndPoint(IPAddress.Loopback, LoopbackPorts.FreeTcp());
        using var resolver = new DnsResolver(new DnsResolverOptions { Servers = [closed], Timeout = TimeSpan.FromMilliseconds(50), Retries = 0 }, TimeProvider.System);
        var sweep = new DnsSweep(new NameProber(resolver, new WildcardDetector(resolver)), 4, stopWhenSilent: true);
        var handed = new ConcurrentBag<NameObservation>();

        var stopped = await Assert.ThrowsAsync<NameServersSilentException>(() => sweep.RunAsync(Enumerable.Range(0, 1000).Select(i => $"brand{i}.com"), o =>
        {
            handed.Add(o);
            return ValueTask.CompletedTask;
        }, CancellationToken.None));

        Assert.StartsWith("the name servers did not answer 50 names in a row (", stopped.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', stopped.Message);
        Assert.InRange(handed.Count, 50, 50 + 4);
        Assert.All(handed, o => Assert.True(o.Unanswered && o.Status == NameStatus.Unknown));
    }

    [Fact]
    public async Task RunAsync_StopWhenSilentServerAnswersWithErrors_SweepsEveryName()
    {
        // SERVFAIL is an answer: a resolver that fails for every name is up, and each name stays "unknown" with its reason.
        var names = Enumerable.Range(0, 120).Select(i => $"failing{i}.com").ToList();
        var zone = new LabZone();
        foreach (var name in names)
        {
            zone.Fail(name);
        }

        await using var server = await UnboundServer.StartAsync(zone);
        using var resolver = new DnsResolver(new DnsResolverOptions { Servers = [server.EndPoint], Retries = 0 }, TimeProvider.System);
        var sweep = new DnsSweep(new NameProber(resolver, new WildcardDetector(resolver)), 8, stopWhenSilent: true);
        var handed = new ConcurrentBag<NameObservation>();

        await sweep.RunAsync(names, o =>
        {
            handed.Add(o);
            return ValueTask.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(names.Count, handed.Count);
        Assert.All(handed, o => Assert.Equal((NameStatus.Unknown, "SERVFAIL", false), (o.Status, o.Reason, o.Unanswered)));
    }
}
