using System.IO.Compression;
using Vigie.Sources.CertificateTransparency;
using Vigie.TestSupport;
using Vigie.TestSupport.CertificateTransparency;

namespace Vigie.Sources.Tests.CertificateTransparency;

public sealed class DataTileReaderTests
{
    private static readonly string Log = "ct/static-ct-navigli2025h2";

    [Fact]
    public void Read_NavigliFullTiles_MatchExpectedNamesTimestampsAndLeafHashes()
    {
        var expected = ExpectedCtEntry.Load(SharedData.Path($"{Log}/EXPECTED_entries_0-1023.json"));
        var actual = Enumerable.Range(0, 4)
            .SelectMany(t => DataTileReader.Read(File.ReadAllBytes(SharedData.Path($"{Log}/tile/data/{t:000}")), t * 256L))
            .ToList();

        Assert.Equal(1024, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Index, actual[i].Index);
            Assert.Equal(expected[i].TimestampMs, actual[i].TimestampMs);
            Assert.Equal(CtEntryType.Precert, actual[i].EntryType);
            Assert.Equal(expected[i].Names, actual[i].Names);
            Assert.Equal(expected[i].LeafHashHex, Convert.ToHexStringLower(actual[i].LeafHash));
        }
    }

    [Fact]
    public void Read_GzipTile_SameAsPlain()
    {
        var plain = File.ReadAllBytes(SharedData.Path($"{Log}/tile/data/001"));
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        var fromGzip = DataTileReader.Read(packed.ToArray(), 256);
        var fromPlain = DataTileReader.Read(plain, 256);

        Assert.Equal(fromPlain.Select(e => string.Join(',', e.Names)), fromGzip.Select(e => string.Join(',', e.Names)));
    }

    [Fact]
    public void Read_PartialTile_TenEntriesFromLeafIndexExtension()
    {
        var entries = DataTileReader.Read(File.ReadAllBytes(SharedData.Path($"{Log}/tile/data/003.p/10")), firstIndex: null);

        Assert.Equal(Enumerable.Range(768, 10).Select(i => (long)i), entries.Select(e => e.Index));
    }

    [Fact]
    public void Read_TileAtWrongPosition_ThrowsNamingLeafIndex()
    {
        var tile = File.ReadAllBytes(SharedData.Path($"{Log}/tile/data/000"));

        var error = Assert.Throws<CtFormatException>(() => DataTileReader.Read(tile, 512));

        Assert.Contains("leaf_index extension says 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedTile_ThrowsNamingEntry()
    {
        var tile = File.ReadAllBytes(SharedData.Path($"{Log}/tile/data/000"))[..5000];

        var error = Assert.Throws<CtFormatException>(() => DataTileReader.Read(tile, 0));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckLeaves_LevelZeroTiles_AllMatchAndGiveExpectedLevelOneHashes()
    {
        using var expected = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(SharedData.Path($"{Log}/EXPECTED_tree_hashes.json")));
        var level1 = new List<byte[]>();
        for (var t = 0; t < 4; t++)
        {
            var entries = DataTileReader.Read(File.ReadAllBytes(SharedData.Path($"{Log}/tile/data/{t:000}")), t * 256L);
            var level0 = HashTile.Read(File.ReadAllBytes(SharedData.Path($"{Log}/tile/0/{t:000}")));
            HashTile.CheckLeaves(entries, level0, "navigli2025h2");
            var root = MerkleTree.Root(level0);
            Assert.Equal(expected.RootElement.GetProperty("level1_hashes").GetProperty($"{t:000}").GetString(), Convert.ToHexStringLower(root));
            level1.Add(root);
        }

        Assert.Equal(expected.RootElement.GetProperty("root_of_first_1024").GetString(), Convert.ToHexStringLower(MerkleTree.Root(level1)));
    }

    [Fact]
    public void CheckLeaves_PartialTileAgainstPartialHashTile_Match()
    {
        var entries = DataTileReader.Read(File.ReadAllBytes(SharedData.Path($"{Log}/tile/data/003.p/10")), null);
        var level0 = HashTile.Read(File.ReadAllBytes(SharedData.Path($"{Log}/tile/0/003.p/10")));

        HashTile.CheckLeaves(entries, level0, "navigli2025h2");
    }

    [Fact]
    public void CheckLeaves_TileOfAnotherPosition_ThrowsNamingLogAndEntry()
    {
        var entries = DataTileReader.Read(File.ReadAllBytes(SharedData.Path($"{Log}/tile/data/000")), 0);
        var level0 = HashTile.Read(File.ReadAllBytes(SharedData.Path($"{Log}/tile/0/001")));

        var error = Assert.Throws<CtFormatException>(() => HashTile.CheckLeaves(entries, level0, "navigli2025h2"));

        Assert.Equal("navigli2025h2: entry 0 does not hash to its level-0 tile hash (RFC 6962 §2.1)", error.Message);
    }
}
