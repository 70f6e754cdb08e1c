using System.Net;
using Vigie.Enrichment.Dns;
using Vigie.Enrichment.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Exports.Tests.Support;

/// <summary>
/// A real unbound resolving through an RPZ zone file, as an organisation's resolver would. The lab names live in
/// auth-zones used for upstream answers only (for-upstream), so every answer goes through recursion and the policy:
/// unbound answers local-zone data before applying RPZ, so names served as local data would never be rewritten.
/// Everything else is NXDOMAIN ("." static): nothing leaves the machine.
/// </summary>
internal sealed class PolicyResolver(TempFolder folder, TestDaemon unbound, IPEndPoint endPoint) : IAsyncDisposable
{
    public IPEndPoint EndPoint => endPoint;

    /// <summary>Starts unbound with <paramref name="policyZone"/> and the zones (origin → zone file text) the lab resolves.</summary>
    public static async Task<PolicyResolver> StartAsync(string policyZone, IReadOnlyDictionary<string, string> zones)
    {
        var folder = new TempFolder();
        var endPoint = new IPEndPoint(IPAddress.Loopback, UnboundServer.FreePort());
        var config = new List<string>
        {
            "server:", $"    interface: {endPoint.Address}@{endPoint.Port}", "    do-ip6: no", "    do-daemonize: no", "    username: \"\"",
            "    chroot: \"\"", $"    directory: \"{folder.Path}\"", $"    pidfile: \"{folder.File("unbound.pid")}\"", "    use-syslog: no",
            "    logfile: \"\"", "    verbosity: 0", "    num-threads: 1", "    access-control: 127.0.0.0/8 allow", "    do-not-query-localhost: no",
            // RPZ needs the respip module in front of the iterator (unbound.conf(5), "rpz:").
            "    module-config: \"respip iterator\"", "    local-zone: \".\" static",
        };
        config.AddRange(zones.Keys.Select(origin => $"    local-zone: \"{origin}.\" transparent"));
        foreach (var (origin, text) in zones)
        {
            await File.WriteAllTextAsync(folder.File($"{origin}.zone"), text);
            config.AddRange(["auth-zone:", $"    name: \"{origin}.\"", $"    zonefile: \"{folder.File($"{origin}.zone")}\"", "    for-downstream: no", "    for-upstream: yes", "    fallback-enabled: no"]);
        }

        await File.WriteAllTextAsync(folder.File("vigie.rpz"), policyZone);
        config.AddRange(["rpz:", "    name: \"rpz.lab.test.\"", $"    zonefile: \"{folder.File("vigie.rpz")}\""]);
        await File.WriteAllTextAsync(folder.File("unbound.conf"), string.Join('\n', config) + "\n");
        var executable = new[] { "/usr/sbin/unbound", "/usr/bin/unbound" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("unbound is not installed (apt-get install unbound; ./test.sh does it)");
        var unbound = TestDaemon.Start(executable, "-d", "-c", folder.File("unbound.conf"));
        var resolver = new PolicyResolver(folder, unbound, endPoint);
        for (var i = 0; i < 100; i++)
        {
            if ((await resolver.QueryAsync("ready.test")).Outcome == DnsLookupOutcome.Answered)
            {
                return resolver;
            }

            if (unbound.HasExited)
            {
                await resolver.DisposeAsync();
                throw new InvalidOperationException($"unbound exited: {unbound.Output}");
            }

            await Task.Delay(50);
        }

        await resolver.DisposeAsync();
        throw new InvalidOperationException("unbound did not answer within 5 s");
    }

    public async Task<DnsLookup> QueryAsync(string name)
    {
        using var resolver = new DnsResolver(new DnsResolverOptions { Servers = [EndPoint], Timeout = TimeSpan.FromMilliseconds(500), Retries = 1 }, TimeProvider.System);
        return await resolver.QueryAsync(name, DnsRecordType.A, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await unbound.DisposeAsync();
        folder.Dispose();
    }
}
