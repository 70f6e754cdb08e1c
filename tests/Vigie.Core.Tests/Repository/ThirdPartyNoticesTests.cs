using Vigie.TestSupport;

namespace Vigie.Core.Tests.Repository;

/// <summary>
/// The licence bookkeeping of a repository that stands alone: every data file written by others is named in
/// THIRD-PARTY-NOTICES.md, and nothing whose licence forbids redistribution was copied into tests/data.
/// </summary>
public sealed class ThirdPartyNoticesTests
{
    /// <summary>The paths in backquotes in the first cell of each table row of THIRD-PARTY-NOTICES.md.</summary>
    private static readonly HashSet<string> Listed = File.ReadLines(Path.Combine(SharedData.RepoRoot, "THIRD-PARTY-NOTICES.md"))
        .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
        .SelectMany(line => line.Split('|')[1].Split('`').Where((_, i) => i % 2 == 1))
        .ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> BundledFiles()
    {
        var root = SharedData.RepoRoot;
        var files = Directory.EnumerateFiles(Path.Combine(root, "tests", "data"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "src"), "*", SearchOption.AllDirectories)
                .Where(f => InFolder(f, "Data")))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests"), "*", SearchOption.AllDirectories)
                .Where(f => InFolder(f, "Fixtures")))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => Path.GetFileName(f) != "README.md" && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return new(files);
    }

    [Theory]
    [MemberData(nameof(BundledFiles))]
    public void Notices_BundledFile_IsListed(string file)
    {
        var listed = Listed.Contains(file) || Ancestors(file).Any(folder => Listed.Contains(folder + "/"));

        Assert.True(listed, $"{file} is not listed in THIRD-PARTY-NOTICES.md (with its source and licence)");
    }

    [Fact]
    public void TestData_FileKeptOutsideRepository_NeverCopied()
    {
        var root = SharedData.Root;
        var copied = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => OutsideRepository.Reason(f) is not null);

        Assert.Empty(copied);
    }

    private static bool InFolder(string path, string folder) =>
        path.Split(Path.DirectorySeparatorChar).SkipLast(1).Contains(folder, StringComparer.Ordinal);

    private static IEnumerable<string> Ancestors(string file)
    {
        for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
        {
            yield return file[..slash];
        }
    }
}
