using Vigie.Sources.CertificateTransparency;
using Vigie.TestSupport;

namespace Vigie.Sources.Tests.CertificateTransparency;

public sealed class NamesTileReaderTests
{
    [Fact]
    public void Read_NavigliNamesTiles_SameNamesAsDataTiles()
    {
        for (var t = 0; t < 4; t++)
        {
            var data = DataTileReader.Read(File.ReadAllBytes(SharedData.Path($"ct/static-ct-navigli2025h2/tile/data/{t:000}")), t * 256L);
            var names = NamesTileReader.Read(File.ReadAllBytes(SharedData.Path($"ct/static-ct-navigli2025h2/tile/names/{t:000}")), t * 256L);

            Assert.Equal(data.Select(e => (e.Index, e.TimestampMs, string.Join(',', e.Names))), names.Select(e => (e.Index, e.TimestampMs, string.Join(',', e.Names))));
        }
    }

    [Fact]
    public void Read_BrokenLine_ThrowsNamingEntry()
    {
        var tile = "{\"Timestamp\":1,\"DNS\":[\"a.example\"]}\n{\"Timestamp\":2,\"DNS\":[\n"u8.ToArray();

        var error = Assert.Throws<CtFormatException>(() => NamesTileReader.Read(tile, 256));

        Assert.StartsWith("names tile entry 257:", error.Message, StringComparison.Ordinal);
    }
}
