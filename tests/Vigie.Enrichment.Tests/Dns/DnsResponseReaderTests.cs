using Vigie.Enrichment.Dns;

namespace Vigie.Enrichment.Tests.Dns;

public sealed class DnsResponseReaderTests
{
    // A response to "en-marche.fr MX" as unbound sends it: the answer's owner and the exchange name
    // are compression pointers back into the question (RFC 1035 §4.1.4).
    private static readonly byte[] MxResponse =
    [
        0x12, 0x34, 0x81, 0x80, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00,
        0x09, .."en-marche"u8, 0x02, .."fr"u8, 0x00, 0x00, 0x0f, 0x00, 0x01,
        0xc0, 0x0c, 0x00, 0x0f, 0x00, 0x01, 0x00, 0x00, 0x01, 0x2c, 0x00, 0x07,
        0x00, 0x0a, 0x02, .."mx"u8, 0xc0, 0x0c,
    ];

    [Fact]
    public void TryRead_CompressedMxAnswer_ReadsExchange()
    {
        Assert.True(DnsResponseReader.TryRead(MxResponse, "en-marche.fr", DnsRecordType.MX, out var lookup));

        Assert.Equal(DnsResponseCode.NoError, lookup!.ResponseCode);
        var record = Assert.Single(lookup.Answers);
        Assert.Equal(("en-marche.fr", "10 mx.en-marche.fr", 300u), (record.Name, record.Data, record.Ttl));
    }

    [Fact]
    public void TryRead_AnswerToAnotherQuestion_Rejected()
    {
        Assert.False(DnsResponseReader.TryRead(MxResponse, "en-marche.fr", DnsRecordType.A, out _));
        Assert.False(DnsResponseReader.TryRead(MxResponse, "en-marche.com", DnsRecordType.MX, out _));
    }

    [Fact]
    public void TryRead_ForwardPointerLoop_RejectedWithoutThrowing()
    {
        var looping = MxResponse.ToArray();
        looping[^1] = 0x2c; // the exchange name now points back at its own first label: a loop

        Assert.False(DnsResponseReader.TryRead(looping, "en-marche.fr", DnsRecordType.MX, out _));
    }

    [Fact]
    public void TryRead_Truncated_FlagSeen()
    {
        var truncated = MxResponse.ToArray();
        truncated[2] |= 0x02;

        Assert.True(DnsResponseReader.IsTruncated(truncated));
    }

    [Fact]
    public void TryRead_AuthoritativeAnswerBit_Seen()
    {
        var authoritative = MxResponse.ToArray();
        authoritative[2] |= 0x04;

        Assert.True(DnsResponseReader.TryRead(authoritative, "en-marche.fr", DnsRecordType.MX, out var answer));
        Assert.True(answer!.Authoritative);
        Assert.True(DnsResponseReader.TryRead(MxResponse, "en-marche.fr", DnsRecordType.MX, out var recursive));
        Assert.False(recursive!.Authoritative);
    }

    [Theory]
    [InlineData(true, 0x01)]
    [InlineData(false, 0x00)]
    public void TryWrite_RecursionDesiredOrNot_RdBit(bool recursionDesired, byte flags)
    {
        var buffer = new byte[DnsQueryWriter.MaxLength];

        Assert.True(DnsQueryWriter.TryWrite(buffer, 7, "en-marche.fr", DnsRecordType.NS, out _, recursionDesired));

        Assert.Equal(flags, buffer[2]);
    }
}
