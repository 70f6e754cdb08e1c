namespace Vigie.Core.Matching;

/// <summary>
/// How many typing slips a label of a given length may carry and still be taken for the watched one. Labels of 3
/// or 4 characters take one, but only as weak evidence (<see cref="Scores.ShortBrand"/>): a single edit of a
/// 4-letter brand lands on ordinary words ("ebay" → "eday", "ebby"), so it is worth a line in a sweep of that brand's
/// permutations, not an alert; eth-phishing-detect's flat tolerance of 2 on every label is what makes it flag
/// "opensea" near "openssl".
/// Labels of 8 to 11 characters take two. Labels of 12 and more take three, but only where the name's side
/// needs at most two deletions (<see cref="MaxNameDeletions"/>): three deletions on every name would cost C(L,3)
/// probes each, while the watched side's third deletion costs only index space. So "myetherumwallt" (two letters
/// slipped in, one left out) is found; three replacements are not. Doubled letters are folded away beforehand.
/// </summary>
internal static class TypoPolicy
{
    public static int MaxEdits(int watchedLength) => watchedLength switch
    {
        <= 2 => 0,
        <= 7 => 1,
        <= 11 => 2,
        _ => 3,
    };

    /// <summary>The most deletions probed on a name label's side of the symmetric deletion neighbourhood.</summary>
    public const int MaxNameDeletions = 2;

    /// <summary>Watched labels this short or shorter only ever give weak evidence when not written exactly.</summary>
    public const int ShortLabel = 4;

    /// <summary>
    /// The deletions probed on the side of a name label of <paramref name="nameLength"/> characters: a 2-letter label
    /// may be a 3-letter brand with a letter left out ("ks" for "kas"), which needs none on the name's side but one
    /// lookup of the name itself in the watched deletion neighbourhood.
    /// </summary>
    public static int MaxNameEdits(int nameLength) => nameLength == 2 ? 1 : Math.Min(MaxEdits(nameLength), MaxNameDeletions);
}
