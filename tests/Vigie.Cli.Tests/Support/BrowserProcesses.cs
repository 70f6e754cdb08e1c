using System.Globalization;

namespace Vigie.Cli.Tests.Support;

/// <summary>The Chromium processes whose profile (--user-data-dir) lies under a folder, read from /proc.</summary>
internal static class BrowserProcesses
{
    public static IReadOnlyList<int> Under(string folder)
    {
        var flag = "--user-data-dir=" + folder;
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                // Arguments are NUL-separated; the launcher shell and the browser both carry the flag.
                if (File.ReadAllText(Path.Combine(directory, "cmdline")).Split('\0').Any(a => a.StartsWith(flag, StringComparison.Ordinal)))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Another user's process: not ours.
            }
        }

        return found;
    }

    /// <summary>The browser profiles left under <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> Profiles(string folder) => [.. Directory.EnumerateDirectories(folder, "vigie-chromium-*")];
}
