using Vigie.Core.Permutations;

namespace Vigie.Cli.Permute;

/// <summary>Reads the word and TLD files given to `vigie permute`; a missing file or a bad line stops the run with one line.</summary>
internal static class WordFiles
{
    public static IReadOnlyList<string> ReadWords(FileInfo file, string option, bool allowHyphen)
    {
        var words = Read(file, option);
        foreach (var word in words)
        {
            var bad = word.FirstOrDefault(c => !char.IsLetterOrDigit(c) && !(allowHyphen && c == '-'));
            if (bad != default)
            {
                throw new UsageException($"{option} {file.Name}: '{word}' contains '{bad}' (letters and digits{(allowHyphen ? ", hyphens" : string.Empty)} only)");
            }
        }

        return words;
    }

    /// <summary>TLDs as dnstwist accepts them in --tld files: one or two labels of 2 to 63 letters, digits or hyphens.</summary>
    public static IReadOnlyList<string> ReadTlds(FileInfo file)
    {
        var tlds = Read(file, "--tld");
        foreach (var tld in tlds)
        {
            var labels = tld.TrimStart('.').Split('.');
            if (labels.Length > 2 || labels.Any(l => l.Length is < 2 or > 63 || l.Any(c => !char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')))
            {
                throw new UsageException($"--tld {file.Name}: '{tld}' is not a TLD");
            }
        }

        return [.. tlds.Select(t => t.TrimStart('.'))];
    }

    private static IReadOnlyList<string> Read(FileInfo file, string option)
    {
        if (!file.Exists)
        {
            throw new UsageException($"{option}: file not found: {file.FullName}");
        }

        using var reader = file.OpenText();
        var words = WordLists.Parse(reader);
        if (words.Count == 0)
        {
            throw new UsageException($"{option} {file.Name}: the file has no entries");
        }

        return words;
    }
}
