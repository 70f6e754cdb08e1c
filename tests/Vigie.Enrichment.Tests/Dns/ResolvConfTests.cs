using Vigie.Enrichment.Dns;
using Vigie.TestSupport;

namespace Vigie.Enrichment.Tests.Dns;

public sealed class ResolvConfTests
{
    [Fact]
    public void Read_NameserverLines_EndPointsOnPort53()
    {
        using var folder = new TempFolder();
        File.WriteAllLines(folder.File("resolv.conf"), ["# comment", "search lan", "nameserver 192.0.2.1", "nameserver fe80::1%eth0", "nameserver bogus", "options edns0"]);

        var servers = ResolvConf.Read(folder.File("resolv.conf"));

        Assert.Equal(["192.0.2.1:53", "[fe80::1]:53"], servers.Select(s => s.ToString()));
    }

    [Fact]
    public void Read_NoFile_Empty()
    {
        using var folder = new TempFolder();

        Assert.Empty(ResolvConf.Read(folder.File("missing.conf")));
    }
}
