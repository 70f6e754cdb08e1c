using System.Text;
using Vigie.Sources.CertificateTransparency;
using Vigie.TestSupport;
using Vigie.TestSupport.CertificateTransparency;

namespace Vigie.Sources.Tests.CertificateTransparency;

public sealed class GetEntriesParserTests
{
    [Fact]
    public void Parse_RealGetEntries_MatchesExpectedAndRootHash()
    {
        var expected = ExpectedCtEntry.Load(SharedData.Path("ct/rfc6962-get-entries/EXPECTED.json"));

        var entries = GetEntriesParser.Parse(File.ReadAllBytes(SharedData.Path("ct/rfc6962-get-entries/get-entries-0-3.json")), 0);

        Assert.Equal(expected.Select(e => (e.Index, e.TimestampMs, "x509_entry", string.Join(',', e.Names), e.LeafHashHex)),
            entries.Select(e => (e.Index, e.TimestampMs, e.EntryType == CtEntryType.X509 ? "x509_entry" : "?", string.Join(',', e.Names), Convert.ToHexStringLower(e.LeafHash))));
        Assert.Equal("A26tmgcaUJpkFXFpkzCS8bJ29cQBEgExKAYFL8hiJ5E=", Convert.ToBase64String(MerkleTree.Root(entries.Select(e => e.LeafHash).ToList())));
    }

    [Fact]
    public void Parse_CtGoPrecertAndCertEntries_NamesFromTbsAndCertificate()
    {
        var entries = GetEntriesParser.Parse(File.ReadAllBytes(SharedData.Path("ct/rfc6962-ctgo-client/composed_get-entries.json")), 100);

        Assert.Equal(CtEntryType.Precert, entries[0].EntryType);
        Assert.Equal(["sdfedsf.trust", "kjasdhf.trust", "ssdfs.trust", "www.sdfedsf.trust"], entries[0].Names);
        Assert.Equal(0x14b4981f0c8, entries[0].TimestampMs);
        Assert.Equal(CtEntryType.X509, entries[1].EntryType);
        Assert.Equal(["csrcn.ssl24.jp"], entries[1].Names);
        Assert.Equal(101, entries[1].Index);
    }

    [Fact]
    public void Parse_TruncatedJson_ThrowsCtFormatException()
    {
        var json = File.ReadAllBytes(SharedData.Path("ct/rfc6962-get-entries/get-entries-0-3.json"));

        var error = Assert.Throws<CtFormatException>(() => GetEntriesParser.Parse(json.AsSpan(0, json.Length / 2), 0));

        Assert.StartsWith("get-entries answer is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LeafOfUnknownType_ThrowsNamingEntry()
    {
        var leaf = Convert.ToBase64String([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 7, 0, 0, 0, 0, 0]);
        var json = Encoding.UTF8.GetBytes($"{{\"entries\":[{{\"leaf_input\":\"{leaf}\",\"extra_data\":\"\"}}]}}");

        var error = Assert.Throws<CtFormatException>(() => GetEntriesParser.Parse(json, 42));

        Assert.Equal("entry 42: unknown entry type 7 (RFC 6962 §3.1)", error.Message);
    }
}
