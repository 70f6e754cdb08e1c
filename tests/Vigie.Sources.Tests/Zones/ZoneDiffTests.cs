using System.IO.Compression;
using Vigie.Sources.Zones;
using Vigie.TestSupport;

namespace Vigie.Sources.Tests.Zones;

public sealed class ZoneDiffTests
{
    private static string RootZone => SharedData.Path("zone/root.zone.2020-11-27.txt");

    /// <summary>The delegations of the real root zone, computed independently: owners of NS records other than ".".</summary>
    private static SortedSet<string> ExpectedTlds() =>
        new(File.ReadLines(RootZone).Select(l => l.Split('\t', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 3 && f[3] == "NS" && f[0] != ".").Select(f => f[0].TrimEnd('.')), StringComparer.Ordinal);

    [Fact]
    public void DelegatedNames_RootZone_EveryTldOnceSorted()
    {
        using var temp = new TempFolder();
        using var zone = File.OpenRead(RootZone);

        var count = SortedNames.Write(ZoneFileReader.DelegatedNames(zone), temp.File("sorted.txt"), temp.Path, chunk: 100);

        var expected = ExpectedTlds();
        Assert.Equal(expected.Count, count);
        Assert.Equal(expected, File.ReadAllLines(temp.File("sorted.txt")));
        Assert.Contains("xn--p1ai", expected);
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Changes_YesterdayWithoutSomeTldsAndWithAnOldOne_AddedAndRemoved()
    {
        using var temp = new TempFolder();
        var gone = new[] { "bank.", "shop.", "xn--p1ai." };
        var yesterday = File.ReadLines(RootZone).Where(l => !gone.Any(g => l.StartsWith(g, StringComparison.Ordinal)))
            .Append("oldtld.\t172800\tIN\tNS\tns1.oldtld.").ToList();
        File.WriteAllLines(temp.File("yesterday.zone"), yesterday);
        using (var gzip = new GZipStream(File.Create(temp.File("today.zone.gz")), CompressionLevel.Fastest))
        using (var source = File.OpenRead(RootZone))
        {
            source.CopyTo(gzip);
        }

        var changes = ZoneDiff.Changes(temp.File("yesterday.zone"), temp.File("today.zone.gz"), temp.Path, chunk: 500).ToList();

        Assert.Equal(["bank", "shop", "xn--p1ai"], changes.Where(c => c.Added).Select(c => c.Name));
        Assert.Equal(["oldtld"], changes.Where(c => !c.Added).Select(c => c.Name));
        Assert.Equal(2, Directory.GetFiles(temp.Path).Length);
    }

    [Fact]
    public void DelegatedNames_CzdsStyleLines_ApexAndGlueSkipped()
    {
        var zone = """
            fr.	3600	in	soa	nsmaster.nic.fr. hostmaster.nic.fr. 1 3600 1800 3600000 5400
            fr.	3600	in	ns	d.nic.fr.
            en-marche.fr.	3600	in	ns	ns1.example.net.
            EN-MARHE.FR.	IN	3600	NS	ns2.example.net.
            ns1.en-marche.fr.	3600	in	a	192.0.2.1
            ; a comment
            en-marche.fr.	3600	in	ds	12345 13 2 abcd
            """;

        var names = ZoneFileReader.DelegatedNames(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(zone))).ToList();

        Assert.Equal(["en-marche.fr", "en-marhe.fr"], names);
    }
}
