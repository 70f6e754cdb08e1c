using Vigie.Enrichment.Pages;
using Vigie.Enrichment.Tests.Support;

namespace Vigie.Enrichment.Tests.Pages;

public sealed class PageAnalyzerTests
{
    private static readonly Uri CopyUrl = new("http://copy.lab.test/");
    private static Task<PageAnalysis> AnalyzeAsync(string html, Uri url, PageContext context) =>
        PageAnalyzer.AnalyzeAsync(html, url, context, TimeSpan.FromSeconds(30), TimeProvider.System, CancellationToken.None);

    private static readonly PageContext Context = new(["En Marche"], ["genuine.lab.test"]);

    [Fact]
    public async Task AnalyzeAsync_CopiedLoginPage_FindsFormPostingOffSiteAndBrandSignals()
    {
        var html = LabPages.Login("http://genuine.lab.test:8080", "http://collect.lab.test/post.php");

        var page = await AnalyzeAsync(html, CopyUrl, Context);

        var form = Assert.Single(page.CredentialForms);
        Assert.True(form.HasPassword);
        Assert.True(form.HasIdentifier);
        Assert.True(form.PostsOffSite);
        Assert.Equal("collect.lab.test", form.Action!.Host);
        Assert.True(page.PostsCredentialsOffSite);
        Assert.Equal(["En Marche"], page.BrandMentions);
        Assert.Equal(["http://genuine.lab.test:8080/static/site.css", "http://genuine.lab.test:8080/favicon.ico"],
            page.HotLinkedFromGenuine.Select(u => u.ToString()));
        Assert.Null(page.ParkingProvider);
        Assert.Equal("En Marche ! — Connexion", page.Title);
    }

    [Fact]
    public async Task AnalyzeAsync_GenuinePage_FormPostsToItself()
    {
        var page = await AnalyzeAsync(LabPages.Login("", "/session"), new Uri("http://genuine.lab.test/login"), Context);

        Assert.True(page.HasPasswordForm);
        Assert.False(page.PostsCredentialsOffSite);
        Assert.Equal(new Uri("http://genuine.lab.test/favicon.ico"), page.IconUrl);
    }

    [Fact]
    public async Task AnalyzeAsync_ParkedPage_NamesTheProviderAndNoForm()
    {
        var page = await AnalyzeAsync(LabPages.Parked, new Uri("http://parked.lab.test/"), Context);

        Assert.Equal("Sedo", page.ParkingProvider);
        Assert.Empty(page.CredentialForms);
    }

    [Fact]
    public async Task AnalyzeAsync_ForSaleTextWithoutKnownProvider_ParkedByPhrase()
    {
        var page = await AnalyzeAsync("<p>This  domain is FOR SALE</p>", CopyUrl, Context);

        Assert.Equal("unknown provider (\"this domain is for sale\")", page.ParkingProvider);
    }

    [Fact]
    public async Task AnalyzeAsync_EmailThenNextButton_TwoStepLogin()
    {
        const string html = """
            <form action="/step2"><input type="text" name="loginfmt" autocomplete="username">
            <input type="submit" value="Next"></form>
            """;

        var page = await AnalyzeAsync(html, CopyUrl, Context);

        Assert.True(page.TwoStepLogin);
        Assert.False(page.HasPasswordForm);
        Assert.True(Assert.Single(page.CredentialForms).HasIdentifier);
    }

    [Fact]
    public async Task AnalyzeAsync_SearchForm_NoCredentialForm()
    {
        var page = await AnalyzeAsync("<form action='/s'><input name=q><button>Search</button></form>", CopyUrl, Context);

        Assert.Empty(page.CredentialForms);
        Assert.False(page.TwoStepLogin);
    }

    [Fact]
    public async Task AnalyzeAsync_BrandWrittenTogether_StillMentioned()
    {
        var page = await AnalyzeAsync("<title>EnMarche login</title>", CopyUrl, Context);

        Assert.Equal(["En Marche"], page.BrandMentions);
    }

    [Fact]
    public async Task AnalyzeAsync_UnclosedUppercaseMarkup_ParsedLikeABrowser()
    {
        const string html = "<FORM ACTION=//evil.example/p><INPUT TYPE=PASSWORD NAME=pw><input type=email><table><tr><td>";

        var page = await AnalyzeAsync(html, CopyUrl, Context);

        var form = Assert.Single(page.CredentialForms);
        Assert.True(form.HasPassword && form.HasIdentifier && form.PostsOffSite);
        Assert.Equal("evil.example", form.Action!.Host);
    }

    [Fact]
    public async Task AnalyzeAsync_JavascriptActionAndScripts_NothingRunsAndNoActionHost()
    {
        const string html = """
            <script>while(true){}</script><form action="javascript:steal()"><input type=password></form>
            <img src=x onerror="alert(1)"><iframe src="data:text/html,<h1>x</h1>"></iframe>
            """;

        var page = await AnalyzeAsync(html, CopyUrl, Context);

        var form = Assert.Single(page.CredentialForms);
        Assert.Null(form.Action);
        Assert.False(form.PostsOffSite);
    }

    [Theory]
    [InlineData("https://auth.en-marche-verify.fr/session", false)]
    [InlineData("https://collect.en-marche-verify.net/post.php", true)]
    public async Task AnalyzeAsync_FormAction_OffSiteMeansAnotherRegistrableDomain(string action, bool offSite)
    {
        var html = $"<form action=\"{action}\" method=post><input type=email name=u><input type=password name=p></form>";

        var page = await AnalyzeAsync(html, new Uri("https://www.en-marche-verify.fr/login"), Context);

        Assert.Equal(offSite, Assert.Single(page.CredentialForms).PostsOffSite);
    }

    [Fact]
    public async Task AnalyzeAsync_ManyForms_Bounded()
    {
        var html = string.Concat(Enumerable.Repeat("<form><input type=password></form>", 5_000));

        var page = await AnalyzeAsync(html, CopyUrl, Context);

        Assert.Equal(50, page.CredentialForms.Count);
    }

    [Fact]
    public async Task AnalyzeAsync_HundredThousandNestedDivs_IncompleteWithinBudget()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<form><input type=password></form>";
        var started = TimeProvider.System.GetTimestamp();

        var page = await PageAnalyzer.AnalyzeAsync(html, CopyUrl, Context, TimeSpan.FromMilliseconds(500), TimeProvider.System, CancellationToken.None);

        Assert.True(page.Incomplete);
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task SimilarityTo_CopyAndParkedAgainstGenuine_CopyCloseParkedFar()
    {
        var genuine = (await AnalyzeAsync(LabPages.Login("", "/session"), CopyUrl, Context)).Shape;
        var copy = (await AnalyzeAsync(LabPages.Login("http://genuine.lab.test", "http://x.test/p"), CopyUrl, Context)).Shape;
        var parked = (await AnalyzeAsync(LabPages.Parked, CopyUrl, Context)).Shape;

        Assert.Equal(1.0, genuine.SimilarityTo(copy));
        Assert.InRange(genuine.SimilarityTo(parked), 0, 0.2);
    }
}
