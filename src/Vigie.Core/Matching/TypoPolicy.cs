namespace Vigie.Core.Matching;

/// <summary>
/// How many typing slips a label of a given length may carry and still be taken for the watched one. Short
/// labels get none: a single edit of a 4-letter brand lands on ordinary words ("ebay" → "eday", "ebby");
/// eth-phishing-detect's flat tolerance of 2 on every label is what makes it flag "opensea" near "openssl".
/// Labels of twelve characters and more take three: real attacks on "myetherwallet" stack three slips
/// ("myettherrwallett") and no ordinary word lies that close to such a long brand.
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

}
