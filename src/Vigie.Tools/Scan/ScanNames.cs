using Vigie.Core.Domains;
using Vigie.Storage.Scans;

namespace Vigie.Cli.Scan;

/// <summary>Reads the names to sweep from a file or standard input, one a line, normalised to A-labels; blank lines and "#" comments are skipped.</summary>
internal static class ScanNames
{
    public static async Task<IReadOnlyList<ScanTarget>> ReadAsync(string path, TextWriter stderr, CancellationToken cancellationToken)
    {
        using var reader = path == "-" ? new StreamReader(Console.OpenStandardInput()) : OpenFile(path);
        var names = new List<ScanTarget>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (rejected, lineNumber, firstRejected) = (0, 0, "");
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (DomainName.TryParse(text, out var name, out var error) && name is not null)
            {
                if (seen.Add(name.Ascii))
                {
                    names.Add(new ScanTarget(name.Ascii, []));
                }
            }
            else if (rejected++ == 0)
            {
                firstRejected = $"line {lineNumber}: {error}";
            }
        }

        if (rejected > 0)
        {
            await stderr.WriteLineAsync($"vigie: skipped {rejected} line(s) of {path} that are not domain names (first, {firstRejected})");
        }

        return names;
    }

    private static StreamReader OpenFile(string path)
    {
        try
        {
            return new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--names {path}: {e.Message}");
        }
    }
}
