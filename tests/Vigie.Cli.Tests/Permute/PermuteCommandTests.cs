using System.Text.Json;
using Vigie.Core.Domains;
using Vigie.Core.Permutations;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Permute;

public sealed class PermuteCommandTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("exa mple.com")]
    [InlineData("exam!ple.com")]
    [InlineData("192.0.2.1")]
    [InlineData("[2001:db8::1]")]
    [InlineData("2001:db8::1")]
    [InlineData("com")]
    [InlineData("co.uk")]
    [InlineData("example.notarealtld")]
    [InlineData("xn--zz-.com")]
    [InlineData("xn--a.com")]
    public async Task Permute_BadDomain_OneLineOnStderrAndExitCode2(string domain)
    {
        var (code, stdout, stderr) = await VigieAppTests.RunAsync("permute", domain);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("vigie: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permute_NameLongerThan253Characters_OneLineAndExitCode2()
    {
        var domain = string.Join('.', Enumerable.Repeat(new string('a', 60), 5)) + ".com";

        var (code, _, stderr) = await VigieAppTests.RunAsync("permute", domain);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("253", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fuzzers", "omission,typo")]
    [InlineData("--fuzzers", ",")]
    [InlineData("--subdomains", "one drive")]
    [InlineData("--format", "xml")]
    [InlineData("--keywords", "/nonexistent/words.txt")]
    public async Task Permute_BadOption_OneLineOnStderrAndExitCode2(string option, string value)
    {
        var (code, stdout, stderr) = await VigieAppTests.RunAsync("permute", "example.com", option, value);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Permute_KnownSubdomains_FlattensThemAndStacksMailWithEveryTypo()
    {
        var (code, stdout, _) = await VigieAppTests.RunAsync("permute", "en-marche.fr", "--subdomains", "onedrive,mail");

        Assert.Equal(ExitCodes.Success, code);
        var names = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("onedrive-en-marche.fr", names);
        Assert.Contains("mail-en-marche.fr", names);
        var typos = TypoVariantsOf("en-marche.fr");
        Assert.NotEmpty(typos);
        Assert.All(typos, t => Assert.Contains($"mail-{t}.fr", names));
    }

    [Fact]
    public async Task Permute_Csv_HasHeaderAndOneRowPerName()
    {
        var (code, stdout, _) = await VigieAppTests.RunAsync("permute", "en-marche.fr", "--fuzzers", "transposition", "--format", "csv");

        Assert.Equal(ExitCodes.Success, code);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.Equal("domain,unicode,technique", lines[0]);
        Assert.Contains("ne-marche.fr,ne-marche.fr,transposition", lines);
        Assert.Equal(8, lines.Length - 1);
    }

    [Fact]
    public async Task Permute_Json_RowsCarryAsciiUnicodeAndTechnique()
    {
        var (code, stdout, _) = await VigieAppTests.RunAsync("permute", "paypal.com", "--fuzzers", "cyrillic", "--format", "json");

        Assert.Equal(ExitCodes.Success, code);
        using var doc = JsonDocument.Parse(stdout);
        var row = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("xn--80aa0cbo65f.com", row.GetProperty("domain").GetString());
        Assert.Equal("раураӏ.com", row.GetProperty("unicode").GetString());
        Assert.Equal("cyrillic", row.GetProperty("technique").GetString());
    }

    [Fact]
    public async Task Permute_JsonWithNoRows_PrintsAnEmptyArray()
    {
        var (code, stdout, _) = await VigieAppTests.RunAsync("permute", "en-marche.fr", "--fuzzers", "cyrillic", "--format", "json");

        Assert.Equal(ExitCodes.Success, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(0, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Permute_FilesGiven_UsesThemInsteadOfTheBuiltInLists()
    {
        using var folder = new TempFolder();
        var keywords = Path.Combine(folder.Path, "keywords.txt");
        var dictionary = Path.Combine(folder.Path, "dictionary.txt");
        var tlds = Path.Combine(folder.Path, "tlds.txt");
        await File.WriteAllTextAsync(keywords, "# campaign words\nmeeting\n");
        await File.WriteAllTextAsync(dictionary, "bureau\n");
        await File.WriteAllTextAsync(tlds, "ong\nco.uk\n");

        var (code, stdout, stderr) = await VigieAppTests.RunAsync("permute", "en-marche.fr", "--fuzzers", "combosquat,dictionary,tld-swap",
            "--keywords", keywords, "--dictionary", dictionary, "--tld", tlds, "--format", "csv");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
        Assert.Contains("meeting-en-marche.fr,meeting-en-marche.fr,combosquat", stdout, StringComparison.Ordinal);
        Assert.Contains("bureau-en-marche.fr,bureau-en-marche.fr,dictionary", stdout, StringComparison.Ordinal);
        Assert.Contains("en-marche.co.uk,en-marche.co.uk,tld-swap", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("en-marche.com,", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permute_Help_DocumentsEveryOption()
    {
        var (code, stdout, _) = await VigieAppTests.RunAsync("permute", "--help");

        Assert.Equal(ExitCodes.Success, code);
        foreach (var option in new[] { "--fuzzers", "--subdomains", "--keywords", "--dictionary", "--tld", "--format" })
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }
    }

    // The single-typo variants of the label, from the typo techniques alone (what stacking must combine with "mail").
    private static HashSet<string> TypoVariantsOf(string domain)
    {
        var parsed = DomainName.Parse(domain);
        var options = new PermutationOptions { Fuzzers = [.. Techniques.Typos] };
        return [.. new PermutationEngine().Generate(parsed, options)
            .Select(p => p.Ascii[..^(parsed.Suffix.Length + 1)])
            .Where(label => !label.Contains('.', StringComparison.Ordinal))];
    }
}
