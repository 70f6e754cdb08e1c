namespace Vigie.Core.Matching;

/// <summary>The look-alike characters of a match, in words for its explanation.</summary>
internal static class LookalikeNames
{
    /// <summary>"'r' for 'm', 'e' for 'c'": the letters swapped, side by side when the lengths agree, else the two-letter look-alikes seen.</summary>
    public static string GlyphSwaps(string label, string watched)
    {
        if (label.Length == watched.Length)
        {
            return AsciiLookalikes(label, watched);
        }

        var pairs = new List<string>();
        foreach (var (fake, real) in new[] { ("rn", "m"), ("rr", "m"), ("nn", "m"), ("vv", "w"), ("cl", "d"), ("dl", "d"), ("lb", "b"), ("lh", "h"), ("lk", "k"), ("ik", "k"), ("lc", "k") })
        {
            if (label.Contains(fake, StringComparison.Ordinal) && !watched.Contains(fake, StringComparison.Ordinal) && watched.Contains(real, StringComparison.Ordinal))
            {
                pairs.Add($"'{fake}' for '{real}'");
            }
        }

        return pairs.Count > 0 ? string.Join(", ", pairs) : $"'{label}' for '{watched}'";
    }

    public static string AsciiLookalikes(string label, string watched)
    {
        var pairs = new List<string>();
        if (label.Length == watched.Length)
        {
            for (var i = 0; i < label.Length; i++)
            {
                var pair = $"'{label[i]}' for '{watched[i]}'";
                if (label[i] != watched[i] && !pairs.Contains(pair))
                {
                    pairs.Add(pair);
                }
            }

            return string.Join(", ", pairs);
        }

        foreach (var (fake, real) in new[] { ("0", "o"), ("1", "l"), ("rn", "m"), ("vv", "w"), ("cl", "d"), ("i", "l") })
        {
            if (label.Contains(fake, StringComparison.Ordinal))
            {
                pairs.Add($"'{fake}' for '{real}'");
            }
        }

        return string.Join(", ", pairs);
    }
}
