namespace Vigie.Core.Permutations;

/// <summary>
/// The word and TLD lists shipped in Permutations/Data (see its README for sources and licences), each read
/// on first use only, so that a run which does not need a list does not pay for it (CLI start-up time).
/// </summary>
internal static class WordLists
{
    private static readonly Lazy<IReadOnlyList<string>> LazyServiceWords = new(() => Read("service-words.txt"));

    // dnstwist keeps only alphanumeric dictionary words (dnstwist.py, run(): x.isalnum()).
    private static readonly Lazy<IReadOnlyList<string>> LazyDictionary = new(() =>
        [.. Read("english.dict").Concat(Read("french.dict")).Where(w => w.All(char.IsLetterOrDigit)).Distinct(StringComparer.Ordinal)]);

    private static readonly Lazy<IReadOnlyList<string>> LazyTlds = new(() =>
        [.. Read("common_tlds.dict").Concat(Read("abused_tlds.dict")).Distinct(StringComparer.Ordinal)]);

    /// <summary>Service words combined with a flattened or misspelt brand (stacked, dot-to-hyphen): the four commonest
    /// in credential phishing addresses; few on purpose, since each multiplies the variants of the brand.</summary>
    public static IReadOnlyList<string> StackWords { get; } = ["login", "mail", "secure", "account"];

    public static IReadOnlyList<string> ServiceWords => LazyServiceWords.Value;

    public static IReadOnlyList<string> Dictionary => LazyDictionary.Value;

    public static IReadOnlyList<string> Tlds => LazyTlds.Value;

    /// <summary>Lines of a word file, trimmed and lower-cased; blank lines and "//" or "#" comments skipped.</summary>
    public static IReadOnlyList<string> Parse(TextReader reader)
    {
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith("//", StringComparison.Ordinal) && !word.StartsWith('#'))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }

    private static IReadOnlyList<string> Read(string name)
    {
        using var reader = new StreamReader(EmbeddedData.Open("permutations." + name));
        return Parse(reader);
    }
}
