using System.Text;
using Vigie.Enrichment.Pages;

namespace Vigie.Enrichment.Tests.Pages;

public sealed class HtmlDecoderTests
{
    private const string French = "<p>Vérification de sécurité : reconnectez-vous à votre boîte</p>";

    static HtmlDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_HeaderCharsetWindows1252_ReadsAccents()
    {
        var body = Encoding.GetEncoding("windows-1252").GetBytes(French);
        Assert.Equal(French, HtmlDecoder.Decode(body, "text/html; charset=windows-1252"));
    }

    [Fact]
    public void Decode_MetaCharsetIso88591_ReadAsWindows1252()
    {
        var html = "<html><head><meta charset=\"ISO-8859-1\"></head><body>" + French + " – €</body></html>";
        var body = Encoding.GetEncoding("windows-1252").GetBytes(html);
        Assert.Equal(html, HtmlDecoder.Decode(body, "text/html"));
    }

    [Fact]
    public void Decode_MetaHttpEquivWindows1251_ReadsCyrillic()
    {
        var html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>Войти в аккаунт</p>";
        var body = Encoding.GetEncoding("windows-1251").GetBytes(html);
        Assert.Equal(html, HtmlDecoder.Decode(body, null));
    }

    [Fact]
    public void Decode_HeaderWinsOverMeta()
    {
        var html = "<meta charset=\"windows-1251\">" + French;
        var body = Encoding.GetEncoding("windows-1252").GetBytes(html);
        Assert.Equal(html, HtmlDecoder.Decode(body, "text/html; charset=\"windows-1252\""));
    }

    [Fact]
    public void Decode_ByteOrderMark_WinsAndIsStripped()
    {
        var body = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(French)).ToArray();
        Assert.Equal(French, HtmlDecoder.Decode(body, "text/html; charset=windows-1252"));
    }

    [Fact]
    public void Decode_NoDeclaration_Utf8()
    {
        Assert.Equal(French, HtmlDecoder.Decode(Encoding.UTF8.GetBytes(French), "text/html"));
    }

    [Fact]
    public void Decode_UnknownOrHostileLabel_FallsBackToUtf8()
    {
        var body = Encoding.UTF8.GetBytes(French);
        Assert.Equal(French, HtmlDecoder.Decode(body, "text/html; charset=x-no-such-thing"));
        Assert.Equal(French, HtmlDecoder.Decode(body, "text/html; charset=../../etc/passwd"));
    }

    [Fact]
    public void Decode_MetaSaysUtf16OnAsciiPage_ReadAsUtf8()
    {
        var html = "<meta charset=\"utf-16\">" + French;
        Assert.Equal(html, HtmlDecoder.Decode(Encoding.UTF8.GetBytes(html), null));
    }
}
