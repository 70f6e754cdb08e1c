namespace Vigie.Core.Matching;

/// <summary>Turns one hit into techniques, a score and a sentence, given where it lies in the name.</summary>
internal sealed class HitAssessor(MatcherIndex index, string name, NameLayout layout)
{
    private readonly string _label = name[layout.LabelStart..layout.LabelEnd];
    private readonly string _registrable = name[layout.LabelStart..];
    private readonly string _suffix = name[(layout.LabelEnd + 1)..];
    private readonly int _edge = EdgePlatforms.Find(name);

    public Assessment? Assess(Hit hit)
    {
        var key = index.Keys[hit.Key];
        var target = index.Targets[key.Target];
        var assessment = hit.Kind switch
        {
            HitKind.Label => Whole(key, target),
            HitKind.LabelTypo => Typo(key, target, _label),
            HitKind.LabelSkeleton => Skeleton(hit, key, target),
            HitKind.LabelGlyphs => Glyphs(key, target),
            HitKind.Part or HitKind.Inside => Combo(hit, key, target),
            HitKind.Left => Left(hit, key, target),
            HitKind.Joined => Joined(hit, key, target),
            _ => null,
        };
        if (assessment is null)
        {
            return null;
        }

        if (target.IsService && _edge > 0 && (EdgePlatforms.NamesHostOf(name.AsSpan(0, _edge), target, index.ServiceWordSet) || NamesExcludedHost()))
        {
            return assessment with
            {
                Score = Math.Min(assessment.Score, Scores.EdgeHostName),
                Explanation = $"{name} names {target.Display} on the content-delivery platform {name[_edge..]}, which names its customers' hosts after them: most likely {target.Display}'s own",
            };
        }

        if (hit.Kind != HitKind.Joined && (hit.Distance > 0 || hit.Kind is HitKind.LabelTypo or HitKind.LabelSkeleton or HitKind.LabelGlyphs)
            && OrdinaryWords.Contains(name.AsSpan(hit.Start, hit.End - hit.Start)))
        {
            return assessment with
            {
                Score = Math.Min(assessment.Score, Scores.OrdinaryWord),
                Explanation = $"{assessment.Explanation}; but '{name[hit.Start..hit.End]}' is an ordinary word",
            };
        }

        return key.Text.Length <= TypoPolicy.ShortLabel && IsLoose(hit, key)
            ? assessment with { Score = Math.Min(assessment.Score, Scores.ShortBrand) }
            : assessment;
    }

    /// <summary>A short watched label misspelt, or glued to other letters rather than set off by hyphens ("kas1", "kaslogin").</summary>
    private bool IsLoose(Hit hit, IndexKey key)
    {
        if (hit.Kind is HitKind.LabelTypo or HitKind.LabelGlyphs || hit.Distance > 0)
        {
            return true;
        }

        var inner = name[hit.Start..hit.End];
        var bounded = (hit.Start <= layout.LabelStart || name[hit.Start - 1] is '-' or '.') && (hit.End >= layout.LabelEnd || name[hit.End] is '-' or '.');
        return hit.Kind is HitKind.Part or HitKind.Inside or HitKind.Left && (!bounded || inner != key.Text);
    }

    private Assessment Glyphs(IndexKey key, WatchedTarget target) =>
        new(target, [Technique.Homoglyph], Scores.GlyphSwap,
            $"{_registrable} imitates {target.Display} with letters that look alike at a glance ({LookalikeNames.GlyphSwaps(_label, key.Text)})");

    private Assessment? Whole(IndexKey key, WatchedTarget target) => key.Kind switch
    {
        KeyKind.Label when target.IsBrand => new(target, [Technique.TldSwap], Scores.TldSwap,
            $"{_registrable} uses the brand name {target.Display} as its name"),
        KeyKind.Label when _suffix != target.Suffix => TldSwap(key, target),
        // Same label and suffix as a watched domain yet not excluded: only a look-alike skeleton reads that way.
        KeyKind.Label => new(target, [Technique.Homoglyph], Scores.Homoglyph, $"{_registrable} reads as {target.Display}"),
        KeyKind.Hyphenless => new(target, [Technique.Hyphenation], Scores.Hyphenation,
            $"the hyphen in {target.Display} was left out: {_registrable}"),
        KeyKind.Flattened => new(target, [Technique.DotToHyphen], Scores.DotToHyphen,
            $"the dot in {key.Source} was replaced by a hyphen: {_registrable}"),
        KeyKind.SuffixJoined => new(target, [Technique.BrandWithSuffix], Scores.BrandWithSuffix,
            $"{target.Display} was run together with its ending into {_registrable}"),
        _ => null,
    };

    /// <summary>
    /// The watched label under another ending. An outside service's own label under a registry's ending is most
    /// likely the service's own domain there (<see cref="Scores.ServiceCountryDomain"/>); an organisation's own
    /// domain, or a service's name on a hosting platform's suffix ("americanexpress.yolasite.com"), is not.
    /// </summary>
    private Assessment TldSwap(IndexKey key, WatchedTarget target)
    {
        var sentence = $"{_registrable} takes the name of {target.Display} with the ending .{_suffix} instead of .{target.Suffix}";
        if (!target.IsService || key.Text != target.Label)
        {
            return new(target, [Technique.TldSwap], Scores.TldSwap, sentence);
        }

        return OwnNames.IsCountryEnding(_suffix)
            ? new(target, [Technique.TldSwap], Scores.ServiceCountryDomain, $"{sentence}, most likely {target.Display}'s own country domain")
            : OwnNames.IsTopLevel(_suffix)
                ? new(target, [Technique.TldSwap], Scores.ServiceOtherEnding, $"{sentence}, possibly {target.Display}'s own")
                : new(target, [Technique.TldSwap], Scores.TldSwap, sentence);
    }

    private Assessment? Typo(IndexKey key, WatchedTarget target, string text)
    {
        var edits = EditDistance.Edits(key.Text, text);
        if (edits.Count == 0)
        {
            return null;
        }

        var techniques = edits.Select(e => TypoNames.TechniqueOf(e, key.Text)).Distinct().ToList();
        return TypoAssessment(key, target, techniques, edits, edits.Count);
    }

    private Assessment? Skeleton(Hit hit, IndexKey key, WatchedTarget target)
    {
        // The watched label itself ("en-marche" read through the key "enmarche") is the exact hit's to explain.
        if (_label == key.Text || _label == target.Label)
        {
            return null;
        }

        if (Unhyphenated(_label) == Unhyphenated(key.Text))
        {
            return new(target, [Technique.Hyphenation], Scores.Hyphenation,
                $"a hyphen was added to {target.Display}: {_registrable}");
        }

        // Look-alike characters alone ("rnetamask", "paypai") are a homoglyph; with doubled letters or slips on top,
        // the real edits are named, and the homoglyph too when look-alike characters are among them.
        var lookalikeInName = AsciiFold.Fold(_label, collapseRuns: false) != _label.Replace("-", string.Empty, StringComparison.Ordinal);
        var lookalike = lookalikeInName && AsciiFold.Fold(key.Text, collapseRuns: false) == key.Text.Replace("-", string.Empty, StringComparison.Ordinal);
        if (hit.Distance == 0 && AsciiFold.Fold(_label, collapseRuns: false) == AsciiFold.Fold(key.Text, collapseRuns: false))
        {
            return new(target, [Technique.Homoglyph], Scores.AsciiLookalike,
                $"{_registrable} imitates {target.Display} with look-alike characters ({LookalikeNames.AsciiLookalikes(_label, key.Text)})");
        }

        var edits = EditDistance.Edits(key.Text, _label);
        var techniques = edits.Select(e => TypoNames.TechniqueOf(e, key.Text)).Distinct().ToList();
        if (lookalike)
        {
            techniques.Insert(0, Technique.Homoglyph);
        }

        // Folding counts as one step; fewer real edits than that (an 'i' that only folds as 'l') count as they are.
        var typo = TypoAssessment(key, target, techniques, edits, Math.Min(hit.Distance + 1, edits.Count));
        return lookalikeInName && hit.Distance > 0 && key.Text.Length <= 7 && edits.Count > 1
            ? typo with { Score = Math.Min(typo.Score, Scores.ShortLookalikeSlip) }
            : typo;
    }

    /// <summary>The score falls with each slip, and more for short brands, where one slip changes more of the name.</summary>
    private Assessment TypoAssessment(IndexKey key, WatchedTarget target, List<string> techniques, IReadOnlyList<Edit> edits, int steps)
    {
        var score = steps switch
        {
            <= 1 => Scores.TypoOne,
            2 => Scores.TypoTwo,
            _ => Scores.TypoThree,
        };
        if (key.Text.Length <= 7)
        {
            score -= Scores.ShortTypoPenalty;
        }

        return new(target, techniques, score, $"{_registrable} imitates {target.Display}: {TypoNames.DescribeAll(edits, key.Text)}");
    }

    private Assessment? Combo(Hit hit, IndexKey key, WatchedTarget target)
    {
        var inner = name[hit.Start..hit.End];
        var extra = (_label[..(hit.Start - layout.LabelStart)] + " " + _label[(hit.End - layout.LabelStart)..]).Trim(' ', '-').Replace(" ", "…", StringComparison.Ordinal);
        switch (key.Kind)
        {
            case KeyKind.Flattened:
                return new(target, [Technique.DotToHyphen], Scores.DotToHyphen,
                    $"the dot in {key.Source} was replaced by a hyphen inside {_registrable}");
            case KeyKind.SuffixJoined:
                return new(target, [Technique.BrandWithSuffix], Scores.BrandWithSuffix,
                    $"{target.Display} was run together with its ending ('{key.Text}') inside {_registrable}");
        }

        var bounded = (hit.Start == layout.LabelStart || name[hit.Start - 1] == '-') && (hit.End == layout.LabelEnd || name[hit.End] == '-');
        var score = hit.Distance > 0 ? Scores.ComboTypo : bounded || hit.Kind == HitKind.Part ? Scores.ComboToken : Scores.ComboInside;
        if (HasServiceWord(extra))
        {
            score += Scores.ServiceWordBonus;
        }
        else if (target.IsService && hit.Distance == 0 && inner == key.Text && OwnNames.IsInfrastructureOnly(extra))
        {
            return new(target, [Technique.Combosquatting], Scores.ServiceInfrastructure,
                $"{_registrable} adds '{extra}' to {target.Display}, a name for the machinery behind a site, most likely {target.Display}'s own");
        }

        if (key.Text.Length <= 6)
        {
            score -= Scores.ShortLabelPenalty;
        }

        var techniques = new List<string> { Technique.Combosquatting };
        var what = target.Display;
        if (hit.Distance == 0 && inner != key.Text && Unhyphenated(inner) == Unhyphenated(key.Text))
        {
            techniques.Add(Technique.Hyphenation);
            what = $"{target.Display} written with a hyphen ('{inner}')";
        }
        else if (hit.Distance > 0 || inner != key.Text)
        {
            var typo = Typo(key, target, inner);
            if (typo is not null)
            {
                techniques.AddRange(typo.Techniques);
                what = $"a misspelling of {target.Display} ('{inner}')";
            }
            else
            {
                techniques.Add(Technique.Homoglyph);
                what = $"a look-alike of {target.Display} ('{inner}')";
            }
        }

        var stacked = Stacked(hit, key, inner);
        if (stacked is not null)
        {
            var (subdomain, slips) = stacked.Value;
            techniques[0] = Technique.DotToHyphen;
            return new(subdomain, techniques, Math.Clamp(Math.Max(score, Scores.ComboTypo + Scores.ServiceWordBonus), 0, 100),
                $"{_registrable} imitates {subdomain.Display}: the dot became a hyphen and {slips}");
        }

        return new(target, techniques, Math.Clamp(score, 0, 100), $"{_registrable} adds '{extra}' to {what}");
    }

    /// <summary>
    /// A known subdomain's words, a hyphen, then the brand misspelt ("mail-en-march.fr" for mail.en-marche.fr):
    /// the watched subdomain imitated, and the slips in words; null when the words before the brand are no known subdomain.
    /// </summary>
    private (WatchedTarget Subdomain, string Slips)? Stacked(Hit hit, IndexKey key, string inner)
    {
        if (key.Kind != KeyKind.Label || hit.Start <= layout.LabelStart + 1 || name[hit.Start - 1] != '-' || hit.End != layout.LabelEnd || inner == key.Text)
        {
            return null;
        }

        var words = name[layout.LabelStart..(hit.Start - 1)].Replace('-', '.');
        var owner = index.Targets[key.Target];
        if (!index.Subdomains.TryGetValue(words + "." + owner.Display, out var subdomain))
        {
            return null;
        }

        var edits = EditDistance.Edits(key.Text, inner);
        var slips = edits.Count > 0 ? TypoNames.DescribeAll(edits, key.Text) : $"look-alike characters were used ('{inner}')";
        return (index.Targets[subdomain], slips);
    }

    private Assessment? Left(Hit hit, IndexKey key, WatchedTarget target)
    {
        if (IsEdgeHostName(hit, key, target))
        {
            return new(target, [Technique.SubdomainImpersonation], Scores.EdgeHostName,
                $"{target.Display} is written just before the suffix .{_suffix}, as content-delivery platforms name their customers' hosts: {name}");
        }

        if (key.Kind == KeyKind.FullDomain)
        {
            return new(target, [Technique.SubdomainImpersonation], Scores.SubdomainWithDomain,
                $"{target.Display} is written at the start of a name that belongs to {_registrable}");
        }

        var techniques = new List<string> { Technique.SubdomainImpersonation };
        var score = target.IsService ? Scores.ServiceSubdomainLabel : Scores.SubdomainLabel;
        if (key.Kind == KeyKind.Flattened)
        {
            techniques.Add(Technique.DotToHyphen);
            score = Scores.SubdomainWithDomain;
        }
        else if (key.Kind == KeyKind.SuffixJoined)
        {
            techniques.Add(Technique.BrandWithSuffix);
            score = Scores.SubdomainWithDomain;
        }

        // Words beside the brand, not inside it: "apple" holds "app".
        if (HasServiceWord(name.AsSpan(0, hit.Start)) || (hit.End < layout.LabelStart && HasServiceWord(name.AsSpan(hit.End, layout.LabelStart - hit.End))))
        {
            score += Scores.ServiceWordBonus;
        }

        var inner = name[hit.Start..hit.End];
        if (inner != key.Text)
        {
            // A misspelt or look-alike brand as a subdomain label ("myetherwalet.heliohost.org").
            var typo = Typo(key, target, inner);
            techniques.AddRange(typo?.Techniques ?? [Technique.Homoglyph]);
            // A long brand misspelt is as telling as the brand itself; a short one may be an ordinary word.
            var penalty = key.Text.Length >= 8 ? 0 : 5 * Math.Max(1, hit.Distance);
            return new(target, techniques, Math.Clamp(score - penalty, 0, 100),
                $"a misspelling of {target.Display} ('{inner}') is used as a subdomain of {_registrable}, which is not {target.Display}");
        }

        return new(target, techniques, Math.Clamp(score, 0, 100),
            $"{target.Display}'s name is used in a subdomain of {_registrable}, which is not {target.Display}");
    }

    /// <summary>
    /// The watched domain, whole, just before the name's public suffix: "apple.com.akadns.net", whose registrable
    /// domain is "com.akadns.net". Only one customer of such a suffix can hold the label "com" (see <see cref="Scores.EdgeHostName"/>).
    /// </summary>
    private bool IsEdgeHostName(Hit hit, IndexKey key, WatchedTarget target)
    {
        if (key.Kind == KeyKind.FullDomain)
        {
            return hit.End == layout.LabelEnd;
        }

        var end = hit.End + 1 + target.Suffix.Length;
        return key.Kind == KeyKind.Label && !target.IsBrand && end == layout.LabelEnd && name[hit.End] == '.'
            && name.AsSpan(hit.Start, hit.End - hit.Start).SequenceEqual(target.Label)
            && name.AsSpan(hit.End + 1, target.Suffix.Length).SequenceEqual(target.Suffix);
    }

    private Assessment? Joined(Hit hit, IndexKey key, WatchedTarget target)
    {
        // "c.whatsapp.net": the watched label is the registrable label, whole; no dot went into it (the label hit
        // explains the name).
        if (_label == key.Text || _label == target.Label)
        {
            return null;
        }

        var joined = name[..layout.LabelEnd].Replace(".", string.Empty, StringComparison.Ordinal);
        if (joined.StartsWith("www", StringComparison.Ordinal) && name.StartsWith("www.", StringComparison.Ordinal))
        {
            joined = joined[3..];
        }

        if (hit.Distance == 0)
        {
            return new(target, [Technique.DotInsertion], Scores.DotInsertion,
                $"dots were inserted into {target.Display}'s name: {name}");
        }

        var typo = Typo(key, target, joined);
        return typo is null ? null : typo with
        {
            Techniques = [Technique.DotInsertion, .. typo.Techniques],
            Score = Scores.TypoTwo,
            Explanation = $"{name} imitates {target.Display} with a dot inserted: {typo.Explanation[(typo.Explanation.IndexOf(':', StringComparison.Ordinal) + 2)..]}",
        };
    }

    /// <summary>
    /// The host the platform serves is under a domain never reported, a service's other domain among them:
    /// "ims-na1.adobelogin.com.cdn.cloudflare.net" when adobelogin.com is adobe.com's (<c>also:</c>).
    /// </summary>
    private bool NamesExcludedHost()
    {
        var host = name.AsSpan(0, _edge - 1);
        while (!index.Excluded.Contains(host))
        {
            var dot = host.IndexOf('.');
            if (dot < 0)
            {
                return false;
            }

            host = host[(dot + 1)..];
        }

        return true;
    }

    private static bool HasServiceWord(ReadOnlySpan<char> text) => text.ContainsAny(ServiceWords.Searchable);

    private static string Unhyphenated(string text) => text.Replace("-", string.Empty, StringComparison.Ordinal);
}
