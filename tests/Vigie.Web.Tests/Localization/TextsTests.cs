using Vigie.Web.Localization;

namespace Vigie.Web.Tests.Localization;

public sealed class TextsTests
{
    [Fact]
    public void French_EveryEnglishText_IsTranslated()
    {
        var missing = Texts.Shared.Keys("en").Except(Texts.Shared.Keys("fr")).ToList();
        Assert.Empty(missing);
        Assert.Equal(Texts.Shared.Keys("en").Count, Texts.Shared.Keys("fr").Count);
    }

    [Fact]
    public void Get_UsedKeys_AreDefined()
    {
        var source = Path.Combine(Vigie.TestSupport.SharedData.RepoRoot, "src", "Vigie.Web");
        var used = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "\"((?:Nav|Findings|Finding|Organisations|Sources|Users|Tokens|SignIn|Setup|Error)\\.[A-Za-z]+)\"").Select(m => m.Groups[1].Value))
            .Distinct().ToList();
        Assert.NotEmpty(used);
        Assert.All(used, key => Assert.Contains(key, Texts.Shared.Keys("en")));
    }

    [Fact]
    public void Get_French_IsFrench() => Assert.Equal("Se connecter", Texts.Shared.Get("fr", "SignIn.Submit"));
}
