using System.Globalization;

namespace Vigie.Core.Domains;

/// <summary>
/// The Public Suffix List (publicsuffix.org/list), ICANN and PRIVATE sections both honoured, so that
/// "github.io" and "weebly.com" are suffixes and "user.github.io" is what one person registered.
/// Rules are held in ASCII (A-label) form so a lookup on a punycode name needs no IDN conversion.
/// </summary>
internal sealed class PublicSuffixList
{
    private static readonly Lazy<PublicSuffixList> LazyDefault = new(() =>
    {
        using var stream = EmbeddedData.Open("public_suffix_list.dat");
        using var reader = new StreamReader(stream);
        return Load(reader);
    });

    private readonly Dictionary<string, SuffixRule> _rules;
    private readonly Dictionary<string, SuffixRule>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private PublicSuffixList(Dictionary<string, SuffixRule> rules)
    {
        _rules = rules;
        _lookup = rules.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The copy shipped in Vigie.Core/Data (see its README for the date and licence).</summary>
    public static PublicSuffixList Default => LazyDefault.Value;

    public int RuleCount => _rules.Count;

    /// <summary>Reads the list's text format: one rule a line, "//" comments, "*." wildcards, "!" exceptions.</summary>
    public static PublicSuffixList Load(TextReader reader)
    {
        var idn = new IdnMapping();
        var rules = new Dictionary<string, SuffixRule>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            // The format ends a rule at the first white space (publicsuffix.org/list, "Format").
            var rule = line.AsSpan().Trim();
            var space = rule.IndexOfAny(' ', '\t');
            if (space >= 0)
            {
                rule = rule[..space];
            }

            if (rule.IsEmpty || rule.StartsWith("//"))
            {
                continue;
            }

            var kind = SuffixRule.Normal;
            if (rule[0] == '!')
            {
                kind = SuffixRule.Exception;
                rule = rule[1..];
            }
            else if (rule.StartsWith("*."))
            {
                kind = SuffixRule.Wildcard;
                rule = rule[2..];
            }

            var ascii = idn.GetAscii(rule.ToString()).ToLowerInvariant();
            rules[ascii] = rules.GetValueOrDefault(ascii) | kind;
        }

        return new PublicSuffixList(rules);
    }

    /// <summary>
    /// Finds the public suffix of a lower-case ASCII name. Returns where the suffix starts in the name and
    /// whether an explicit rule matched (false when only the implicit "*" rule applies: an unknown TLD).
    /// The prevailing rule is the exception rule if any, else the longest matching rule (the list's algorithm).
    /// </summary>
    public (int SuffixStart, bool Listed) FindSuffix(ReadOnlySpan<char> asciiName)
    {
        // Walk label boundaries from the left: the first (longest) candidate that a rule covers prevails.
        for (var start = 0; start < asciiName.Length;)
        {
            var candidate = asciiName[start..];
            var dot = candidate.IndexOf('.');
            var parent = dot < 0 ? -1 : start + dot + 1;

            var kind = _lookup.TryGetValue(candidate, out var k) ? k : SuffixRule.None;
            if ((kind & SuffixRule.Exception) != 0)
            {
                // "!www.ck": the suffix is the exception minus its leftmost label.
                return (parent, true);
            }

            if ((kind & SuffixRule.Normal) != 0
                || (parent > 0 && _lookup.TryGetValue(asciiName[parent..], out var p) && (p & SuffixRule.Wildcard) != 0))
            {
                return (start, true);
            }

            if (parent < 0)
            {
                break;
            }

            start = parent;
        }

        var lastDot = asciiName.LastIndexOf('.');
        return (lastDot + 1, false);
    }
}
