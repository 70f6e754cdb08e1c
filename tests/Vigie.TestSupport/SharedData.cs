namespace Vigie.TestSupport;

/// <summary>
/// The real test data in ../shared/data beside the repository (read-only in CI). A missing file fails the
/// test with a message naming the file, never a confusing FileNotFoundException from deep inside a parser.
/// </summary>
public static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Root => System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "data"));

    /// <summary>The absolute path of a file or folder under shared/data, e.g. <c>Path("psl/test_psl.txt")</c>.</summary>
    public static string Path(string relative)
    {
        var full = System.IO.Path.Combine(Root, relative);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new FileNotFoundException($"test data missing: ../shared/data/{relative} (expected at {full})", full);
        }

        return full;
    }

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
