using Vigie.Core.Domains;
using Vigie.Core.Permutations;
using Vigie.Core.Unicode;
using Vigie.Core.Watchlists;

namespace Vigie.Core.Matching;

/// <summary>
/// Everything the matcher looks up, built once from a watchlist (DESIGN.md, "The matcher is the heart"):
/// exact keys, look-alike skeletons, the deletion neighbourhood of every watched label for bounded
/// Damerau–Levenshtein, one Aho–Corasick automaton over brands, flattened names and service words, and the set
/// of domains never reported. Per name the matcher does a fixed number of probes whatever the watchlist's size.
/// </summary>
internal sealed class MatcherIndex
{
    private MatcherIndex(
        List<WatchedTarget> targets, List<IndexKey> keys, HashSet<string> excluded, HashSet<string> popular, int[] patternKeys, Dictionary<string, int> subdomains)
    {
        Subdomains = subdomains;
        Popular = popular.GetAlternateLookup<ReadOnlySpan<char>>();
        ServiceWordSet = new HashSet<string>(ServiceWords.All, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Targets = targets;
        Keys = keys;
        Excluded = excluded.GetAlternateLookup<ReadOnlySpan<char>>();
        Patterns = [.. patternKeys.Select(k => new PatternKey(k, keys[k].Kind, keys[k].Text.Length))];
        Exact = Table(keys, k => k.Kind is KeyKind.Label or KeyKind.Hyphenless or KeyKind.Flattened or KeyKind.SuffixJoined, k => [LabelHash.Of(k.Text)]);
        Skeletons = Table(keys, k => k.Kind is KeyKind.Label or KeyKind.Hyphenless, k => [LabelHash.Of(AsciiFold.Fold(k.Text))]);
        Deletions = DeletionTable.Build(keys, folded: false);
        Glyphs = Table(keys, k => k.Kind is KeyKind.Label, k => [GlyphClass.Key(k.Folded)]);
        GlyphHeads = Heads(keys);
        FoldedDeletions = DeletionTable.Build(keys, folded: true);
        (Prefixes, Suffixes) = Sides(keys);
        Automaton = new AhoCorasick([.. patternKeys.Select(k => keys[k].Text)]);
        var typoKeys = keys.Where(k => k.Kind == KeyKind.Label).SelectMany(k => new[] { k.Text.Length, k.Folded.Length }).DefaultIfEmpty(0).ToList();
        LongestLabel = typoKeys.Max();
        ShortestLabel = typoKeys.Min();
    }

    public IReadOnlyList<WatchedTarget> Targets { get; }

    public IReadOnlyList<IndexKey> Keys { get; }

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Excluded { get; }

    /// <summary>The service words, for whole-label checks ("mail", "login" as a subdomain are no brand fragment).</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ServiceWordSet { get; }

    /// <summary>The popular domains: they vouch for their own names, not for what others put in their subdomains.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Popular { get; }

    public KeyTable Exact { get; }

    public KeyTable Skeletons { get; }

    /// <summary>The deletion neighbourhoods of the watched labels as written.</summary>
    public DeletionTable Deletions { get; }

    /// <summary>The watched labels by their <see cref="GlyphClass"/> fold, probed with the registrable label's.</summary>
    public KeyTable Glyphs { get; }

    /// <summary>
    /// The <see cref="GlyphClass.TryHead"/> keys of the <see cref="Skeletons"/> and <see cref="Glyphs"/> labels: equal
    /// folds have equal class folds, so a registrable label whose class fold starts as none of these does is neither
    /// look-alike, and both lookups are skipped (most names) at the cost of reading four letters.
    /// </summary>
    public KeyFilter GlyphHeads { get; }

    /// <summary>The watched subdomains ("mail.en-marche.fr") and their targets, to tell a stacked name what it imitates.</summary>
    public IReadOnlyDictionary<string, int> Subdomains { get; }

    /// <summary>
    /// The deletion neighbourhoods of the folded labels, probed with folded name labels. Apart from
    /// <see cref="Deletions"/>, lengths and ends included, since folds can be much shorter ("hilita" folds to "hlta").
    /// </summary>
    public DeletionTable FoldedDeletions { get; }

    /// <summary>
    /// Long watched labels by each prefix and each suffix of at least <see cref="ChunkProbe.MinSide"/> characters; an
    /// entry is key number × 64 + where the label is cut. See <see cref="ChunkProbe"/>.
    /// </summary>
    public KeyTable Prefixes { get; }

    /// <inheritdoc cref="Prefixes"/>
    public KeyTable Suffixes { get; }

    public AhoCorasick Automaton { get; }

    /// <summary>Length bounds of the watched labels: a name label far outside them needs no typo probe.</summary>
    public int LongestLabel { get; }

    public int ShortestLabel { get; }

    /// <summary>The key behind each automaton pattern.</summary>
    public PatternKey[] Patterns { get; }

    public static MatcherIndex Build(Watchlist watchlist, MatcherOptions options)
    {
        var targets = new List<WatchedTarget>();
        var keys = new List<IndexKey>();
        var seen = new HashSet<(KeyKind, string)>();
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var subdomains = new Dictionary<string, int>(StringComparer.Ordinal);

        void Add(int target, KeyKind kind, string text, string source)
        {
            if (text.Length > 0 && seen.Add((kind, text)))
            {
                keys.Add(new IndexKey(target, kind, text, source));
            }
        }

        var ownDomains = watchlist.Domains.Select(d => DomainName.Parse(d).RegistrableDomain).ToHashSet(StringComparer.Ordinal);
        foreach (var (domain, listedAsService) in watchlist.Domains.Select(d => (d, false)).Concat(watchlist.Services.Select(s => (s, true))))
        {
            var name = DomainName.Parse(domain);
            excluded.Add(name.RegistrableDomain);
            var target = targets.Count;
            // A domain listed both ways is the organisation's own: the stricter reading wins.
            targets.Add(new WatchedTarget(name.RegistrableDomain, name.Label, name.Suffix, listedAsService && !ownDomains.Contains(name.RegistrableDomain)));
            Add(target, KeyKind.Label, name.Label, name.RegistrableDomain);
            var core = DistinctivePart(name.Label);
            if (core is not null)
            {
                Add(target, KeyKind.Label, core, name.RegistrableDomain);
            }

            if (name.Label.Contains('-', StringComparison.Ordinal))
            {
                Add(target, KeyKind.Hyphenless, name.Label.Replace("-", string.Empty, StringComparison.Ordinal), name.RegistrableDomain);
            }

            Add(target, KeyKind.Flattened, name.Label + "-" + name.Suffix.Replace('.', '-'), name.RegistrableDomain);
            Add(target, KeyKind.SuffixJoined, name.Label + name.Suffix.Replace(".", string.Empty, StringComparison.Ordinal), name.RegistrableDomain);
            Add(target, KeyKind.FullDomain, name.RegistrableDomain, name.RegistrableDomain);
        }

        foreach (var subdomain in watchlist.Subdomains)
        {
            var name = DomainName.Parse(subdomain);
            var target = targets.Count;
            targets.Add(new WatchedTarget(name.Ascii, name.Label, name.Suffix));
            subdomains[name.Ascii] = target;
            var flat = name.Subdomain.Replace('.', '-') + "-" + name.Label;
            Add(target, KeyKind.Flattened, flat, name.Ascii);
            Add(target, KeyKind.Flattened, flat + "-" + name.Suffix.Replace('.', '-'), name.Ascii);
        }

        foreach (var brand in watchlist.Brands)
        {
            var words = BrandWords(brand);
            if (words.Length == 0)
            {
                continue;
            }

            var target = targets.Count;
            var compact = string.Concat(words);
            targets.Add(new WatchedTarget(brand, compact, string.Empty));
            Add(target, KeyKind.Label, compact, brand);
            if (words.Length > 1)
            {
                Add(target, KeyKind.Label, string.Join('-', words), brand);
            }
        }

        foreach (var word in ServiceWords.All)
        {
            Add(-1, KeyKind.ServiceWord, word, word);
        }

        // A known subdomain's words before a hyphen and a misspelt brand ("mail-en-marhce.fr", `vigie permute`'s
        // stacked names) mark the rest as the brand, as a service word does.
        foreach (var subdomain in watchlist.Subdomains)
        {
            var words = DomainName.Parse(subdomain).Subdomain.Replace('.', '-');
            Add(-1, KeyKind.ServiceWord, words, words);
        }

        foreach (var word in WordLists.ServiceWords.Concat(WordLists.Dictionary))
        {
            if (!seen.Contains((KeyKind.ServiceWord, word)))
            {
                Add(-1, KeyKind.ComboWord, word, word);
            }
        }

        // A service's other domains (its "also:") are the service's own: never a look-alike of it or of anything else.
        foreach (var allowed in watchlist.Allowlist.Concat(watchlist.ServiceDomains))
        {
            excluded.Add(allowed);
        }

        var popular = new HashSet<string>(options.UsePopularAllowlist ? PopularDomains.All : [], StringComparer.Ordinal);

        // Substrings shorter than five characters turn up inside ordinary words ("ebay" in "webaylight"): such
        // labels are compared whole, as labels and hyphen tokens, never looked for inside a longer label.
        var patterns = Enumerable.Range(0, keys.Count)
            .Where(k => keys[k].Kind is KeyKind.FullDomain or KeyKind.ServiceWord or KeyKind.ComboWord || keys[k].Text.Length >= 5)
            .ToArray();
        return new MatcherIndex(targets, keys, excluded, popular, patterns, subdomains);
    }

    /// <summary>
    /// A label made of a generic service word and a distinctive rest ("my" + "etherwallet", "get" + "…"): the rest is
    /// what imitations keep ("etherwallets.info", "localetherwallet.com"), so it is watched as well when it is long
    /// enough (8+ characters) not to occur by chance.
    /// </summary>
    private static string? DistinctivePart(string label)
    {
        foreach (var word in ServiceWords.All)
        {
            if (label.Length - word.Length >= 8 && label.StartsWith(word, StringComparison.Ordinal))
            {
                return label[word.Length..].TrimStart('-');
            }

            if (label.Length - word.Length >= 8 && label.EndsWith(word, StringComparison.Ordinal))
            {
                return label[..^word.Length].TrimEnd('-');
            }
        }

        return null;
    }

    /// <summary>A brand as the words of its ASCII skeleton: "En Marche!" → ["en", "marche"].</summary>
    private static string[] BrandWords(string brand) =>
        new string([.. ConfusableTable.Default.Skeleton(brand).Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static KeyFilter Heads(List<IndexKey> keys)
    {
        var heads = new List<ulong>();
        foreach (var key in keys)
        {
            if (key.Kind is KeyKind.Label or KeyKind.Hyphenless && GlyphClass.TryHead(key.Folded, out var head))
            {
                heads.Add(head);
            }
        }

        return KeyFilter.Of(heads);
    }

    private static (KeyTable Prefixes, KeyTable Suffixes) Sides(List<IndexKey> keys)
    {
        var prefixes = new Dictionary<ulong, List<int>>();
        var suffixes = new Dictionary<ulong, List<int>>();
        for (var k = 0; k < keys.Count; k++)
        {
            var text = keys[k].Text;
            if (keys[k].Kind != KeyKind.Label || text.Length < ChunkProbe.MinLabel || text.Length > LabelHash.MaxLength)
            {
                continue;
            }

            for (var cut = ChunkProbe.MinSide; cut <= text.Length - ChunkProbe.MinSide; cut++)
            {
                Add(prefixes, LabelHash.Of(text.AsSpan(0, cut)), (k * 64) + cut);
                Add(suffixes, LabelHash.Of(text.AsSpan(cut)), (k * 64) + cut);
            }
        }

        return (new KeyTable(prefixes), new KeyTable(suffixes));
    }

    private static void Add(Dictionary<ulong, List<int>> map, ulong key, int value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private static KeyTable Table(List<IndexKey> keys, Func<IndexKey, bool> include, Func<IndexKey, IEnumerable<ulong>> hashes)
    {
        var map = new Dictionary<ulong, List<int>>();
        for (var k = 0; k < keys.Count; k++)
        {
            if (!include(keys[k]))
            {
                continue;
            }

            foreach (var h in hashes(keys[k]).Distinct())
            {
                Add(map, h, k);
            }
        }

        return new KeyTable(map);
    }
}
