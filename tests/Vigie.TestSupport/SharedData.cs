namespace Vigie.TestSupport;

/// <summary>
/// Real data that nobody on this project wrote, for the tests and benchmarks: the repository's own copies in
/// tests/data, laid out as the project's shared data folder (../shared/data) is, so that a relative path names the
/// same file in both. Each folder there has a README giving source, date or commit, and licence, and
/// THIRD-PARTY-NOTICES.md lists every file. The few files whose licence does not allow redistribution under
/// Apache-2.0 (<see cref="OutsideRepository"/>) are read from ../shared/data instead; a test that needs one is a
/// [SkippableFact] and is skipped, naming the file, when ../shared is absent (a fresh clone).
/// </summary>
public static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Root => System.IO.Path.Combine(RepoRoot, "tests", "data");

    public static string OutsideRoot => System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "data"));

    /// <summary>The absolute path of a file or folder of the test data, e.g. <c>Path("psl/test_psl.txt")</c>.</summary>
    public static string Path(string relative) => new TestDataFolders(Root, OutsideRoot).Resolve(relative);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Vigie.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"cannot find Vigie.slnx above {AppContext.BaseDirectory}");
    }
}
