namespace Vigie.Core.Matching;

/// <summary>
/// How many typing slips a label of a given length may carry and still be taken for the watched one. Short
/// labels get none: a single edit of a 4-letter brand lands on ordinary words ("ebay" → "eday", "ebby");
/// eth-phishing-detect's flat tolerance of 2 on every label is what makes it flag "opensea" near "openssl".
/// </summary>
internal static class TypoPolicy
{
    public static int MaxEdits(int watchedLength) => watchedLength switch
    {
        <= 4 => 0,
        <= 7 => 1,
        _ => 2,
    };

    /// <summary>The most edits any watched label allows against a name label of this length.</summary>
    public static int MaxEditsForName(int nameLength) => nameLength switch
    {
        <= 3 => 0,
        <= 6 => 1,
        _ => 2,
    };
}
