using System.Buffers;
using Vigie.Core.Domains;
using Vigie.Core.Watchlists;

namespace Vigie.Core.Matching;

/// <summary>
/// Recognises names that imitate a watchlist's assets and explains how (DESIGN.md, "The matcher is the heart").
/// Built once per watchlist; thread-safe; a plain lower-case ASCII name that matches nothing is screened without
/// allocating (no <see cref="DomainName"/>): only names with a hit, or in Unicode, URL or upper-case form, take the
/// full parse. See README.md, "vigie match" for the techniques and the score.
/// </summary>
internal sealed class Matcher
{
    private const int MaxHits = 32;
    private static readonly SearchValues<char> PlainHost = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-.");

    private readonly MatcherIndex _index;
    private readonly MatcherOptions _options;
    private readonly PublicSuffixList _suffixes = PublicSuffixList.Default;

    private Matcher(MatcherIndex index, MatcherOptions options)
    {
        _index = index;
        _options = options;
    }

    /// <summary>How many targets (domains, services, subdomains, brands) the matcher watches (shown by `vigie watch`).</summary>
    public int TargetCount => _index.Targets.Count;

    public static Matcher Build(Watchlist watchlist, MatcherOptions options) => new(MatcherIndex.Build(watchlist, options), options);

    /// <summary>True when <paramref name="name"/> imitates an asset with at least the minimum score.</summary>
    public bool TryMatch(string name, out Match? match) => Check(name, out match) == MatchStatus.Matched;

    /// <summary>Like <see cref="TryMatch"/>, but tells a name that is not a domain from one that matches nothing.</summary>
    public MatchStatus Check(string name, out Match? match)
    {
        match = null;
        if (IsPlain(name))
        {
            var (suffixStart, _) = _suffixes.FindSuffix(name);
            if (suffixStart < 2)
            {
                return MatchStatus.Unparsable;
            }

            var layout = new NameLayout(name.LastIndexOf('.', suffixStart - 2) + 1, suffixStart - 1);
            Span<Hit> storage = stackalloc Hit[MaxHits];
            var hits = new HitBuffer(storage);
            NameScanner.Scan(_index, name, layout, ref hits);
            if (hits.Count == 0 || IsExcluded(_index.Excluded, name, layout.LabelStart))
            {
                return MatchStatus.NoMatch;
            }

            match = Best(name, layout, Vouched(name, layout, hits.Hits), null);
        }
        else
        {
            if (!DomainName.TryParse(name, _suffixes, out var parsed, out _))
            {
                return MatchStatus.Unparsable;
            }

            if (IsExcluded(_index.Excluded, parsed!.Ascii, parsed.Ascii.Length - parsed.RegistrableDomain.Length))
            {
                return MatchStatus.NoMatch;
            }

            match = MatchParsed(parsed);
        }

        return match is not null && match.Score >= _options.MinScore ? MatchStatus.Matched : MatchStatus.NoMatch;
    }

    private Match? MatchParsed(DomainName parsed)
    {
        var ascii = parsed.Ascii;
        var layout = new NameLayout(ascii.Length - parsed.RegistrableDomain.Length, ascii.Length - parsed.Suffix.Length - 1);
        Span<Hit> storage = stackalloc Hit[MaxHits];
        var hits = new HitBuffer(storage);
        NameScanner.Scan(_index, ascii, layout, ref hits);
        var best = hits.Count > 0 ? Best(ascii, layout, Vouched(ascii, layout, hits.Hits), null) : null;
        if (IsExcluded(_index.Popular, ascii, layout.LabelStart) || parsed.Unicode == ascii)
        {
            return best;
        }

        // A Unicode name is compared a second time through its look-alike skeleton (TR39): "metаmask" with a
        // Cyrillic "а" reads "metamask" there.
        var skeleton = HomoglyphSkeleton.Of(parsed);
        if (skeleton is null)
        {
            return best;
        }

        var (skeletonName, skeletonLayout) = skeleton.Value;
        Span<Hit> moreStorage = stackalloc Hit[MaxHits];
        var moreHits = new HitBuffer(moreStorage);
        NameScanner.Scan(_index, skeletonName, skeletonLayout, ref moreHits);
        var homoglyph = moreHits.Count > 0 ? Best(skeletonName, skeletonLayout, moreHits.Hits, parsed) : null;
        return homoglyph is not null && (best is null || homoglyph.Score >= best.Score) ? homoglyph : best;
    }

    private Match? Best(string name, NameLayout layout, ReadOnlySpan<Hit> hits, DomainName? unicodeSource)
    {
        var assessor = new HitAssessor(_index, name, layout);
        // Of two explanations as good, the one with the name's own ending: "ethersam.io" is etherscan.io's, not ethereum.org's.
        bool SameSuffix(Assessment a) => name.AsSpan(layout.LabelEnd + 1).SequenceEqual(a.Target.Suffix);
        Assessment? best = null;
        foreach (var hit in hits)
        {
            var assessment = assessor.Assess(hit);
            if (unicodeSource is not null && assessment is not null)
            {
                assessment = HomoglyphSkeleton.Upgrade(assessment, unicodeSource, raise: assessment.Score > Scores.ShortBrand && hit.Kind != HitKind.LabelGlyphs);
            }

            if (assessment is not null && (best is null || assessment.Score > best.Score || (assessment.Score == best.Score && SameSuffix(assessment) && !SameSuffix(best))))
            {
                best = assessment;
            }
        }

        if (best is null)
        {
            return null;
        }

        var shown = unicodeSource?.Ascii ?? name;
        // A sentence may open with a domain name, which keeps its case; only a leading "the" is capitalised.
        var sentence = (best.Explanation.StartsWith("the ", StringComparison.Ordinal) ? "T" + best.Explanation[1..] : best.Explanation) + ".";
        return new Match(shown, best.Target.Display, best.Techniques, best.Score, sentence);
    }

    /// <summary>
    /// A watched, allowlisted or popular domain, or a subdomain of one. Only the name down to its registrable
    /// domain counts: "metamask-login.weebly.com" is someone's site on weebly.com (a public suffix), not weebly's.
    /// </summary>
    private static bool IsExcluded(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> name, int registrableStart)
    {
        var start = 0;
        while (true)
        {
            if (set.Contains(name[start..]))
            {
                return true;
            }

            var dot = name[start..].IndexOf('.');
            if (dot < 0 || start + dot + 1 > registrableStart)
            {
                return false;
            }

            start += dot + 1;
        }
    }

    /// <summary>
    /// Under a popular domain, only what someone put in a subdomain label can imitate ("originprotocol.typeform.com",
    /// a form hosted on typeform.com); the popular registrable label itself ("xfinity" near "dfinity") cannot.
    /// </summary>
    private ReadOnlySpan<Hit> Vouched(string name, NameLayout layout, ReadOnlySpan<Hit> hits)
    {
        if (!IsExcluded(_index.Popular, name, layout.LabelStart))
        {
            return hits;
        }

        var kept = new List<Hit>();
        foreach (var hit in hits)
        {
            if (hit.Kind == HitKind.Left && _index.Keys[hit.Key].Kind != KeyKind.FullDomain)
            {
                kept.Add(hit);
            }
        }

        return kept.ToArray();
    }

    /// <summary>Lower-case ASCII letters, digits, hyphens and dots in well-formed labels, and no punycode.</summary>
    private static bool IsPlain(ReadOnlySpan<char> name)
    {
        if (name.Length is 0 or > 253 || name.IndexOfAnyExcept(PlainHost) >= 0 || name.Contains("xn--", StringComparison.Ordinal))
        {
            return false;
        }

        var labelStart = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == '.')
            {
                var length = i - labelStart;
                if (length is 0 or > 63 || name[labelStart] == '-' || name[i - 1] == '-')
                {
                    return false;
                }

                labelStart = i + 1;
            }
        }

        return true;
    }
}
