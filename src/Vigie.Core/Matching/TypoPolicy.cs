namespace Vigie.Core.Matching;

/// <summary>
/// How many typing slips a label of a given length may carry and still be taken for the watched one. Short
/// labels get none: a single edit of a 4-letter brand lands on ordinary words ("ebay" → "eday", "ebby");
/// eth-phishing-detect's flat tolerance of 2 on every label is what makes it flag "opensea" near "openssl".
/// Labels of 8 to 11 characters take two. Labels of 12 and more take three, but only where the name's side
/// needs at most two deletions (<see cref="MaxNameDeletions"/>): three deletions on every name would cost C(L,3)
/// probes each, while the watched side's third deletion costs only index space. So "myetherumwallt" (two letters
/// slipped in, one left out) is found; three replacements are not. Doubled letters are folded away beforehand.
/// </summary>
internal static class TypoPolicy
{
    public static int MaxEdits(int watchedLength) => watchedLength switch
    {
        <= 4 => 0,
        <= 7 => 1,
        <= 11 => 2,
        _ => 3,
    };

    /// <summary>The most deletions probed on a name label's side of the symmetric deletion neighbourhood.</summary>
    public const int MaxNameDeletions = 2;

}
