using System.Buffers;
using System.Collections.Frozen;
using Vigie.Storage.Decoys;

namespace Vigie.Decoys.Detection;

/// <summary>
/// The decoys a detector looks for. Matching is on the exact user name, case aside (Entra and Okta keep the case
/// typed); a log that names users without their domain (sshd, a Dovecot set-up with local names) matches on the
/// local part. Before any record is parsed, one vectorised search for every local part at once
/// (<see cref="SearchValues{T}"/>, Aho–Corasick/Teddy) lets the records that name no decoy — nearly all — go by
/// unparsed: that is what keeps a follower at disk speed.
/// </summary>
internal sealed class DecoyIndex
{
    private readonly FrozenDictionary<string, Decoy> byName;
    private readonly FrozenDictionary<string, Decoy[]> byLocalPart;
    private readonly SearchValues<string>? prefilter;

    public DecoyIndex(IEnumerable<Decoy> decoys)
    {
        var all = decoys.ToList();
        byName = all.ToFrozenDictionary(d => d.Username, StringComparer.OrdinalIgnoreCase);
        byLocalPart = all.GroupBy(d => LocalPart(d.Username), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        prefilter = all.Count == 0 ? null : SearchValues.Create([.. byLocalPart.Keys], StringComparison.OrdinalIgnoreCase);
    }

    public int Count => byName.Count;

    /// <summary>Whether the text may name a decoy (no false negative; a rare false positive is settled by <see cref="Match"/>).</summary>
    public bool MayName(ReadOnlySpan<char> text) => prefilter is not null && text.IndexOfAny(prefilter) >= 0;

    /// <summary>The decoys a user name as logged designates: the one with that exact name, or those with that local part when the log gives no domain.</summary>
    public IReadOnlyList<Decoy> Match(string username)
    {
        var name = username.Trim();
        if (byName.TryGetValue(name, out var decoy))
        {
            return [decoy];
        }

        return !name.Contains('@', StringComparison.Ordinal) && byLocalPart.TryGetValue(name, out var decoys) ? decoys : [];
    }

    private static string LocalPart(string username) => username[..Math.Max(0, username.IndexOf('@', StringComparison.Ordinal))] is { Length: > 0 } local ? local : username;
}
