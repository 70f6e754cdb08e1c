namespace Vigie.Core.Matching;

/// <summary>Names each edit with dnstwist's vocabulary for typo permutations and says it in words.</summary>
internal static class TypoNames
{
    public static string TechniqueOf(Edit edit, string watched) => edit.Kind switch
    {
        EditKind.Delete => Technique.Omission,
        EditKind.Transpose => Technique.Transposition,
        EditKind.Insert when (edit.Position > 0 && watched[edit.Position - 1] == edit.To)
            || (edit.Position < watched.Length && watched[edit.Position] == edit.To) => Technique.Repetition,
        EditKind.Insert when edit.Position == watched.Length => Technique.Addition,
        EditKind.Insert => Technique.Insertion,
        _ when IsVowel(edit.From) && IsVowel(edit.To) => Technique.VowelSwap,
        _ when System.Numerics.BitOperations.PopCount((uint)(edit.From ^ edit.To)) == 1 => Technique.Bitsquatting,
        _ => Technique.Replacement,
    };

    public static string Describe(Edit edit, string watched) => TechniqueOf(edit, watched) switch
    {
        Technique.Omission => $"{Letter(edit.From)} was left out",
        Technique.Transposition => $"the letters '{edit.From}{edit.To}' were swapped",
        Technique.Repetition => $"{Letter(edit.To)} was doubled",
        Technique.Addition => $"{Letter(edit.To)} was added at the end",
        Technique.Insertion => $"{Letter(edit.To)} was slipped in",
        Technique.VowelSwap => $"the vowel '{edit.From}' was swapped for '{edit.To}'",
        Technique.Bitsquatting => $"'{edit.From}' was replaced by '{edit.To}', a one-bit memory error away",
        _ => $"'{edit.From}' was replaced by '{edit.To}'",
    };

    /// <summary>"a, b and c"; letters slipped in side by side are told as one chunk ("the letters 'eum' were slipped in").</summary>
    public static string DescribeAll(IReadOnlyList<Edit> edits, string watched)
    {
        var clauses = new List<string>();
        for (var i = 0; i < edits.Count; i++)
        {
            var run = 1;
            while (i + run < edits.Count && edits[i].Kind == EditKind.Insert && edits[i + run].Kind == EditKind.Insert
                && edits[i + run].Position == edits[i].Position)
            {
                run++;
            }

            clauses.Add(run == 1 ? Describe(edits[i], watched) : $"the letters '{string.Concat(edits.Skip(i).Take(run).Select(e => e.To))}' were slipped in");
            i += run - 1;
        }

        return clauses.Count == 1 ? clauses[0] : string.Join(", ", clauses[..^1]) + " and " + clauses[^1];
    }

    private static string Letter(char c) => c == '-' ? "a hyphen" : $"the letter '{c}'";

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
