using System.Globalization;

namespace Vigie.Core.Domains;

/// <summary>
/// Reads the Public Suffix List's text format (publicsuffix.org/list): one rule a line, "//" comments, "*."
/// wildcards, "!" exceptions; rules in ASCII (A-label) form so a lookup on a punycode name needs no IDN
/// conversion, and every parent of a rule marked so that a right-to-left walk knows to go on. Compiled into the
/// table generator (which runs it at build time) and into Vigie.Core, whose tests check the compiled table
/// against it.
/// </summary>
internal static class SuffixRulesReader
{
    public static Dictionary<string, SuffixRule> Read(TextReader reader)
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

        return rules;
    }
}
