using Xunit;

namespace Vigie.TestSupport;

/// <summary>
/// Where a test data path resolves: the repository's copy, or, for a file kept out of the repository for its
/// licence, the shared data folder beside the checkout. A missing copy fails the test with a message naming the
/// file (never a confusing FileNotFoundException from deep inside a parser); a missing outside file skips it.
/// </summary>
public sealed record TestDataFolders(string InRepository, string Outside)
{
    public string Resolve(string relative)
    {
        var reason = OutsideRepository.Reason(relative);
        if (reason is not null)
        {
            var outside = System.IO.Path.Combine(Outside, relative);
            return Exists(outside)
                ? outside
                : throw new SkipException($"needs ../shared/data/{relative}, kept out of the repository ({reason}); not found at {outside}");
        }

        var full = System.IO.Path.Combine(InRepository, relative);
        return Exists(full)
            ? full
            : throw new FileNotFoundException(
                $"test data missing: tests/data/{relative} (expected at {full}); copy it from ../shared/data/{relative} "
                + "and list it in tests/data/README.md and THIRD-PARTY-NOTICES.md",
                full);
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
}
