using Vigie.Enrichment.Pages;
using Vigie.Enrichment.Tests.Support;

namespace Vigie.Enrichment.Tests.Pages;

/// <summary>Shapes of the pages of ../shared/data/pages that misled the verdict (issue 16), written again by hand.</summary>
public sealed class BrandClaimReaderTests
{
    private static readonly PageContext Watching = new([], ["chase.com", "google.com", "facebook.com", "microsoft.com", "paypal.com", "apple.com"]);

    private static Task<PageAnalysis> AnalyzeAsync(string html, string url = "https://suspect.example.com/login") => AnalyzePage.RunAsync(html, url, Watching);

    [Fact]
    public async Task AnalyzeAsync_PurchaseInText_DoesNotNameChase()
    {
        const string html = """
            <title>Checkout - Sign in to complete your purchase</title>
            <h1>Complete your purchase</h1><p>Purchases are shipped in two days. Purchase protection included.</p>
            <form action="/checkout"><input type=email name=email><input type=password name=password></form>
            """;

        var page = await AnalyzeAsync(html);

        Assert.Null(page.Claim);
        Assert.Empty(page.BrandMentions);
    }

    [Fact]
    public async Task AnalyzeAsync_SignInWithGoogleButtonAndSocialFooter_NotGooglesPage()
    {
        const string html = """
            <title>Sign in | Harbour Books</title><h1>Sign in to Harbour Books</h1>
            <form action="/session"><input type=email name=email><input type=password name=password><button>Sign in</button></form>
            <div class="alt-login"><button class="btn-google"><img src="/img/google-g.svg" alt="Google"> Sign in with Google</button>
            <a class="fb" href="/auth/facebook">Continue with Facebook</a></div>
            <footer>Follow us on Facebook · <a href="https://www.facebook.com/harbourbooks">Facebook</a> ·
            Google Play <a href="https://play.google.com/store/apps">Get it on Google Play</a> © 2020 Harbour Books</footer>
            """;

        var page = await AnalyzeAsync(html);

        Assert.Null(page.Claim);
    }

    [Theory]
    [InlineData("<title>PayPaI - Log in</title><h1>Log in to your PayPaI account</h1>", "PayPal")]
    [InlineData("<title>GMA1L - S1GN 1N</title><h1>Sign in</h1><p>to continue to GMA1L</p>", "Google")]
    [InlineData("<title>Manage your AppIe ID</title><h2>AppIe ID</h2>", "Apple")]
    [InlineData("<title>Sign in to Outlook</title><img src='img/ms_logo.png' alt=''><p>Outlook Web App</p>", "Microsoft")]
    [InlineData("<title>OneDrive for Business</title><p>Sign in to view the shared document on OneDrive</p>", "Microsoft")]
    public async Task AnalyzeAsync_LookAlikeSpellingsAndProductNames_ReadAsTheBrand(string html, string brand)
    {
        var page = await AnalyzeAsync(html + "<form><input type=password name=pass></form>");

        Assert.Equal(brand, page.Claim?.Brand.Name);
    }

    [Fact]
    public async Task AnalyzeAsync_MicrosoftSignInMarkupWithoutItsName_ClaimsMicrosoft()
    {
        // A kit saved from Microsoft's sign-in page: its logo and texts come from a script that is not there, its ids stay.
        const string html = """
            <title>Sign in to your account</title>
            <form name="f1" id="i0281" method="post" action="continue.php"><div id="displayName"></div>
            <input type="email" name="loginfmt" id="i0116"><input type="password" name="passwd" id="i0118">
            <input type="checkbox" name="KMSI" id="idChkBx_PWD_KMSI0Pwd"><input type="submit" id="idSIButton9" value="Sign in"></form>
            """;

        var page = await AnalyzeAsync(html);

        Assert.Equal("Microsoft", page.Claim?.Brand.Name);
        Assert.Equal(["markup copied from Microsoft's sign-in page"], page.Claim!.Signals);
    }

    [Fact]
    public async Task AnalyzeAsync_OrdinaryFieldNames_ClaimNoBrand()
    {
        const string html = """
            <title>Sign in</title><h1>Member area</h1>
            <form id="login" action="/session"><input type=email name=email id=email><input type=password name=passwd id=password>
            <input type=submit id=signin value="Sign in"></form>
            """;

        var page = await AnalyzeAsync(html);

        Assert.Null(page.Claim);
    }

    [Fact]
    public async Task AnalyzeAsync_UsersGmailAddressInTheHeading_NotGooglesPage()
    {
        const string html = """
            <title>Account settings</title><h1>Notifications</h1><h2>Account Settings for jo.bloggs@gmail.com</h2>
            <h2>Change Password</h2><p>Signed in as jo.bloggs@gmail.com. Write to help@gmail-tools.example.org.</p>
            <form action="/settings/password"><input type=password name=current><input type=password name=new></form>
            """;

        var page = await AnalyzeAsync(html);

        Assert.Null(page.Claim);
    }

    [Fact]
    public async Task AnalyzeAsync_RecaptchaNoticeAndTranslateWidget_NotGooglesPage()
    {
        const string html = """
            <title>Sign in | Harbour Books</title><h1>Sign in</h1>
            <form action="/session"><input type=email name=email><input type=password name=password><button>Sign in</button></form>
            <p class="notice">This site is protected by reCAPTCHA and the Google <a href="/privacy">Privacy Policy</a> and Terms of Service apply.</p>
            <div id="google_translate_element"><div class="goog-te-gadget"><img src="/t/translate_24dp.png" alt="Google Translate"> Google</div></div>
            """;

        var page = await AnalyzeAsync(html);

        Assert.Null(page.Claim);
    }

    [Fact]
    public async Task AnalyzeAsync_ShopNamedLikeABrandOnItsOwnLookalikeName_ClaimsNoWatchedBrand()
    {
        const string html = "<title>Chase Outdoor — Sign in</title><h1>Welcome back to Chase Outdoor</h1><form><input type=password name=pw></form>";

        var page = await AnalyzeAsync(html, "https://www.chase-outdoor.com/account/login");

        Assert.Null(page.Claim);
    }

    [Fact]
    public async Task AnalyzeAsync_CopiedMicrosoftWordingAndCopyright_ClaimsMicrosoftWithItsSignals()
    {
        const string html = """
            <title>Sign in to your account</title><div>Enter password</div><form><input type=password name=passwd></form>
            <a href="#">Forgot my password</a><div id="footer">©2018 Microsoft Terms of use Privacy &amp; cookies</div>
            """;

        var page = await AnalyzeAsync(html);

        Assert.Equal("Microsoft", page.Claim?.Brand.Name);
        Assert.Equal(["copyright notice", "wording copied from Microsoft's sign-in page"], page.Claim!.Signals);
    }

    [Theory]
    [InlineData("<img class=brand src='images/ms-logo-v2.svg' alt=''>", "<link rel=icon href='img/ms-favicon.ico'>", "Microsoft")]
    [InlineData("<img src='/assets/img/wf_logo.png'>", "<link rel='shortcut icon' href='/wf.ico'>", "Wells Fargo")]
    [InlineData("<img src='static/fb-logo.png' width=112 height=38>", "<link rel=icon href='fb_icon.png'>", "Facebook")]
    public async Task AnalyzeAsync_LogoAndIconNamedByTheBrandsShortForm_ReadAsTheBrand(string logo, string icon, string brand)
    {
        var page = await AnalyzePage.RunAsync(
            $"<head><title>Sign in to your account</title>{icon}</head><body>{logo}<form><input type=password name=pw></form></body>",
            context: new PageContext([], ["microsoft.com", "wellsfargo.com", "facebook.com"]));

        Assert.Equal(brand, page.Claim?.Brand.Name);
        Assert.Equal(["logo image", "icon"], page.Claim!.Signals);
    }

    [Fact]
    public async Task AnalyzeAsync_ShortFormInTheText_NamesNoBrand()
    {
        const string html = """
            <title>Members' area</title><h1>Welcome back, Ms Fairfax</h1><img src="img/ms-fairfax.jpg" alt="">
            <p>FB and WF stand for our Fairbanks and Westfield branches.</p><form><input type=password name=pw></form>
            """;

        var page = await AnalyzeAsync(html);

        Assert.Null(page.Claim);
    }
}
