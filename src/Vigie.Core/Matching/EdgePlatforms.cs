using System.Collections.Frozen;

namespace Vigie.Core.Matching;

/// <summary>
/// Content-delivery and traffic platforms that name the hosts they serve after their customers' own host names
/// (Data/edge-platforms.txt). A big service written whole on one of them is that service's own configuration far
/// more often than an imitation; attackers host there too, so such a name is scored low, never dropped
/// (<see cref="Scores.EdgeHostName"/>; bench/README.md, "match", "Calibration").
/// </summary>
internal static class EdgePlatforms
{
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Platforms =
        new(() => EmbeddedList.Read("Matching.edge-platforms.txt").ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Where the platform's part of the name starts ("cdn.cloudflare.net" in "adobe.com.cdn.cloudflare.net"), or -1.</summary>
    public static int Find(ReadOnlySpan<char> name)
    {
        var platforms = Platforms.Value;
        var start = 0;
        while (!platforms.Contains(name[start..]))
        {
            var dot = name[start..].IndexOf('.');
            if (dot < 0)
            {
                return -1;
            }

            start += dot + 1;
        }

        return start;
    }

    /// <summary>
    /// True when <paramref name="left"/> (the name left of the platform) names the service's own host: its domain
    /// written whole, with dots or hyphens ("adobe.com.cdn.cloudflare.net", "www-apple-com.v.aaplimg.com"), after
    /// whatever subdomain of it; or its bare name as a whole label or hyphen token with no service word among the
    /// other tokens ("microsoft.map.fastly.net", "paypal-dynamic-cdn.map.fastly.net"; not "paypal-login.map.fastly.net").
    /// </summary>
    public static bool NamesHostOf(ReadOnlySpan<char> left, WatchedTarget target, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> serviceWords)
    {
        Span<Range> tokens = stackalloc Range[64];
        var count = left.SplitAny(tokens, ".-", StringSplitOptions.RemoveEmptyEntries);
        Span<Range> domain = stackalloc Range[8];
        var display = target.Display.AsSpan();
        var parts = display.Split(domain, '.');
        var bare = false;
        var serviceWord = false;
        for (var i = 0; i < count; i++)
        {
            var token = left[tokens[i]];
            if (token.SequenceEqual(target.Label))
            {
                bare = true;
                if (Whole(left, tokens[i..count], display, domain[..parts]))
                {
                    return true;
                }
            }
            else
            {
                serviceWord |= serviceWords.Contains(token);
            }
        }

        return bare && !serviceWord;
    }

    /// <summary>The domain's labels, in order, as the first tokens of <paramref name="tokens"/>.</summary>
    private static bool Whole(ReadOnlySpan<char> left, ReadOnlySpan<Range> tokens, ReadOnlySpan<char> display, ReadOnlySpan<Range> domain)
    {
        if (tokens.Length < domain.Length)
        {
            return false;
        }

        for (var i = 0; i < domain.Length; i++)
        {
            if (!left[tokens[i]].SequenceEqual(display[domain[i]]))
            {
                return false;
            }
        }

        return true;
    }
}
