using System.Text;

namespace Vigie.Core.Domains;

/// <summary>
/// The Public Suffix List (publicsuffix.org/list), ICANN and PRIVATE sections both honoured, so that
/// "github.io" and "weebly.com" are suffixes and "user.github.io" is what one person registered.
/// The copy in Vigie.Core/Data (see its README for the date and licence) is read at build time by
/// src/Vigie.Core.Generators into a constant open-addressing hash table (<c>CompiledSuffixes</c>): a run
/// maps it with the executable instead of parsing 250 KB and converting 10,000 rules to ASCII at start.
/// </summary>
internal sealed class PublicSuffixList
{
    private PublicSuffixList()
    {
    }

    public static PublicSuffixList Default { get; } = new();

    /// <summary>How many strings the table knows: rules and the parents of rules.</summary>
    public int Count => CompiledSuffixes.Count;

    /// <summary>What the list says about one lower-case ASCII suffix string ("co.uk"); None when nothing.</summary>
    public SuffixRule Find(ReadOnlySpan<char> suffix)
    {
        // Slots point to entries [kind, length, ASCII bytes] in Entries, tagged with the hash (SuffixHash), 0 when
        // empty; linear probing. An entry is read only where the tag agrees.
        var slots = CompiledSuffixes.Slots;
        var entries = CompiledSuffixes.Entries;
        var mask = slots.Length - 1;
        var hash = SuffixHash.Of(suffix);
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                return SuffixRule.None;
            }

            if (!SuffixHash.MayHold(slot, hash))
            {
                continue;
            }

            var at = SuffixHash.Offset(slot);
            if (entries[at + 1] == suffix.Length && Ascii.Equals(entries.Slice(at + 2, suffix.Length), suffix))
            {
                return (SuffixRule)entries[at];
            }
        }
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
            var kind = Find(asciiName[start..]);
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
