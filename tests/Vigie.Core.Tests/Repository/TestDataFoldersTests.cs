using Vigie.TestSupport;

namespace Vigie.Core.Tests.Repository;

public sealed class TestDataFoldersTests : IDisposable
{
    private readonly TempFolder temp = new();

    private TestDataFolders Folders => new(Path.Combine(temp.Path, "repo", "tests", "data"), Path.Combine(temp.Path, "shared", "data"));

    [Fact]
    public void Resolve_CopiedFile_ReturnsTheRepositoryCopy()
    {
        var copy = Write("repo/tests/data/psl/test_psl.txt");
        Write("shared/data/psl/test_psl.txt");

        Assert.Equal(copy, Folders.Resolve("psl/test_psl.txt"));
    }

    [Fact]
    public void Resolve_FileOnlyInShared_FailsNamingTheMissingCopy()
    {
        Write("shared/data/psl/test_psl.txt");

        var error = Assert.Throws<FileNotFoundException>(() => Folders.Resolve("psl/test_psl.txt"));

        Assert.StartsWith("test data missing: tests/data/psl/test_psl.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_OutsideFileInShared_ReturnsTheSharedFile()
    {
        var shared = Write("shared/data/pages/legit/0001.html");

        Assert.Equal(shared, Folders.Resolve("pages/legit/0001.html"));
    }

    [Theory]
    [InlineData("pages/phishing/0001.html", "no licence")]
    [InlineData("pages", "no licence")]
    [InlineData("signin/other/fail2ban-sshd.log", "GPL-2.0-or-later")]
    [InlineData("formats/misp/feed/manifest.json", "AGPL-3.0")]
    public void Resolve_OutsideFileAbsent_SkipsNamingTheFile(string relative, string reason)
    {
        var skip = Assert.Throws<SkipException>(() => Folders.Resolve(relative));

        Assert.Contains($"needs ../shared/data/{relative}", skip.Message, StringComparison.Ordinal);
        Assert.Contains(reason, skip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_OutsideFileCopiedIntoRepository_IgnoresTheCopy()
    {
        Write("repo/tests/data/legit/umbrella-top-50k.tsv");

        Assert.Throws<SkipException>(() => Folders.Resolve("legit/umbrella-top-50k.tsv"));
    }

    public void Dispose() => temp.Dispose();

    private string Write(string relative)
    {
        var path = Path.Combine(temp.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }
}
