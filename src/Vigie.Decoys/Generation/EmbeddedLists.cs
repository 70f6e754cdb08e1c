using System.Collections.Frozen;

namespace Vigie.Decoys.Generation;

/// <summary>The lists of Data/ (Data/README.md), read once from the assembly.</summary>
internal static class EmbeddedLists
{
    private static readonly Lazy<FrozenSet<string>> Common = new(() =>
        Read("passwords-seclists-top1000.txt").Concat(Read("passwords-openwall-top1000.txt")).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="password"/> is one of the two frequency lists, whatever its case: attackers try those first, and a decoy must be unique.</summary>
    public static bool IsCommonPassword(string password) => Common.Value.Contains(password);

    public static IReadOnlyList<string> Read(string name)
    {
        using var stream = typeof(EmbeddedLists).Assembly.GetManifestResourceStream("Vigie.Decoys.Data." + name)
            ?? throw new InvalidOperationException($"resource {name} is missing from Vigie.Decoys");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
