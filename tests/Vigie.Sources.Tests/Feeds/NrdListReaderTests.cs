using System.IO.Compression;
using System.Text;
using Vigie.Sources.Feeds;

namespace Vigie.Sources.Tests.Feeds;

public sealed class NrdListReaderTests
{
    private const string Csv = "domain,first_seen\n# generated 2026-11-29\nonedrive-en-marche.fr,2026-11-29\n\n\"EN-MARHE.FR\",2026-11-29\nnot a domain,2026-11-29\n";

    [Fact]
    public void Read_CsvWithHeaderAndComments_NamesWithLineNumbers()
    {
        var names = NrdListReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Csv))).ToList();

        Assert.Equal([(3L, "onedrive-en-marche.fr"), (5L, "en-marhe.fr")], names);
    }

    [Fact]
    public void Read_Gzip_SameAsPlain()
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Csv));
        }

        packed.Position = 0;

        Assert.Equal(NrdListReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Csv))), NrdListReader.Read(packed));
    }

    [Fact]
    public void Read_OneNamePerLine_AllNames()
    {
        var names = NrdListReader.Read(new MemoryStream("a-en-marche.fr\r\nb-en-marche.fr\r\n"u8.ToArray())).Select(n => n.Name);

        Assert.Equal(["a-en-marche.fr", "b-en-marche.fr"], names);
    }
}
