using System.Text;
using System.Text.Json;
using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Match;

public sealed class MatchCommandTests
{
    [Fact]
    public async Task Match_Jsonl_PrintsTheDocumentedFields()
    {
        using var temp = new TempFolder();
        var input = Write(temp, "names.txt", "metamsk.io\nexample.org\n# comment\n\nhttps://metamask.io.secure-login.xyz/x\n");
        var (code, stdout, stderr) = await VigieAppTests.RunAsync("match", "--watch", "metamask.io", "--input", input, "--format", "jsonl");
        Assert.Equal(ExitCodes.Success, code);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("metamsk.io", first.RootElement.GetProperty("name").GetString());
        Assert.Equal("metamask.io", first.RootElement.GetProperty("target").GetString());
        Assert.Equal("omission", first.RootElement.GetProperty("technique")[0].GetString());
        Assert.InRange(first.RootElement.GetProperty("score").GetInt32(), 0, 100);
        Assert.Contains("left out", first.RootElement.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Contains("3 names, 2 matches, 0 lines skipped", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_Csv_QuotesAndHasHeader()
    {
        using var temp = new TempFolder();
        var input = Write(temp, "names.txt", "metamask-wallet.xyz\n");
        var (code, stdout, _) = await VigieAppTests.RunAsync("match", "--watch", "metamask.io", "--input", input, "--format", "csv");
        Assert.Equal(ExitCodes.Success, code);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.Equal("name,target,technique,score,explanation", lines[0]);
        Assert.StartsWith("metamask-wallet.xyz,metamask.io,combosquatting,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_Watchlist_UsesItsSubdomainsAndBrands()
    {
        using var temp = new TempFolder();
        var list = Write(temp, "watch.yaml", "organisation: En Marche\ndomains: [en-marche.fr]\nsubdomains:\n  - onedrive.en-marche.fr\nbrands: [Macron]\n");
        var input = Write(temp, "names.txt", "onedrive-en-marche.fr\nmacron-dons.com\n");
        var (code, stdout, _) = await VigieAppTests.RunAsync("match", "--watchlist", list, "--input", input);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("The dot in onedrive.en-marche.fr was replaced by a hyphen", stdout, StringComparison.Ordinal);
        Assert.Contains("macron-dons.com -> Macron", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_BadInputBytes_CountedNeverFatal()
    {
        using var temp = new TempFolder();
        var path = temp.File("bad.txt");
        using (var file = File.Create(path))
        {
            file.Write("metamsk.io\n"u8);
            file.Write([0x6d, 0xff, 0xfe, 0x2e, 0x69, 0x6f, 0x0a]);
            file.Write("meta\0mask.io\n\0\0\0\n"u8);
            file.Write(Encoding.ASCII.GetBytes(new string('a', 10 * 1024 * 1024)));
            file.Write("\nmetamsk.io"u8);
        }

        var (code, stdout, stderr) = await VigieAppTests.RunAsync("match", "--watch", "metamask.io", "--input", path);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(2, stdout.TrimEnd().Split('\n').Length);
        Assert.Contains("4 names, 2 matches, 4 lines skipped (2 not a domain name, 1 invalid UTF-8, 1 longer than 4096 bytes)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_EmptyInput_PrintsNothingAndSucceeds()
    {
        using var temp = new TempFolder();
        var input = Write(temp, "empty.txt", string.Empty);
        var (code, stdout, stderr) = await VigieAppTests.RunAsync("match", "--watch", "metamask.io", "--input", input);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stdout);
        Assert.Contains("0 names", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("match", "--input", "names.txt")]
    [InlineData("match", "--watch", "not a domain")]
    [InlineData("match", "--watch", "metamask.io", "--min-score", "101")]
    [InlineData("match", "--watch", "metamask.io", "--input", "/nonexistent/names.txt")]
    [InlineData("match", "--watch", "metamask.io", "--format", "xml")]
    public async Task Match_BadArguments_OneLineAndExitCode2(params string[] args)
    {
        var (code, stdout, stderr) = await VigieAppTests.RunAsync(args);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Match_BadWatchlist_NamesLineAndField()
    {
        using var temp = new TempFolder();
        var list = Write(temp, "watch.yaml", "domains:\n  - en-marche.fr\n  - not a domain\n");
        var (code, _, stderr) = await VigieAppTests.RunAsync("match", "--watchlist", list, "--input", list);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("line 3, domains:", stderr, StringComparison.Ordinal);
    }

    private static string Write(TempFolder temp, string name, string text)
    {
        var path = temp.File(name);
        File.WriteAllText(path, text);
        return path;
    }
}
