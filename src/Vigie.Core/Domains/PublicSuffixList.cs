using System.Collections.Frozen;
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

    private readonly FrozenDictionary<string, SuffixRule>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private PublicSuffixList(Dictionary<string, SuffixRule> rules)
    {
        // Frozen: looked up twice for every name screened, and never changed after loading.
        _lookup = rules.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The copy shipped in Vigie.Core/Data (see its README for the date and licence).</summary>
    public static PublicSuffixList Default => LazyDefault.Value;

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
            for (var dot = ascii.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = ascii.IndexOf('.', dot + 1))
            {
                var parent = ascii[(dot + 1)..];
                rules[parent] = rules.GetValueOrDefault(parent) | SuffixRule.Parent;
            }
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
        // Walk label boundaries from the right, the TLD first, for as long as some rule reaches further left: on
        // most names that is two lookups of short strings. The last (longest) match seen prevails.
        var found = -1;
        var parentKind = SuffixRule.None;
        for (var end = asciiName.Length; end > 0;)
        {
            var start = asciiName[..end].LastIndexOf('.') + 1;
            var kind = _lookup.TryGetValue(asciiName[start..], out var k) ? k : SuffixRule.None;
            if ((kind & SuffixRule.Exception) != 0)
            {
                // "!www.ck": the suffix is the exception minus its leftmost label.
                return (end + 1, true);
            }

            if ((kind & SuffixRule.Normal) != 0 || (parentKind & SuffixRule.Wildcard) != 0)
            {
                found = start;
            }

            if ((kind & (SuffixRule.Parent | SuffixRule.Wildcard)) == 0)
            {
                break;
            }

            parentKind = kind;
            end = start - 1;
        }

        return found >= 0 ? (found, true) : (asciiName.LastIndexOf('.') + 1, false);
    }
}
