namespace Vigie.Core.Matching;

/// <summary>
/// How many typing slips a label of a given length may carry and still be taken for the watched one. Short
/// labels get none: a single edit of a 4-letter brand lands on ordinary words ("ebay" → "eday", "ebby");
/// eth-phishing-detect's flat tolerance of 2 on every label is what makes it flag "opensea" near "openssl".
/// Longer labels take two. Attacks that stack more slips mostly double letters ("myettherrwallett"): the
/// look-alike fold collapses doubled letters, so those meet the brand within two edits there, at no extra probe
/// (a third edit in the deletion neighbourhood would cost C(L,3) probes per name).
/// </summary>
internal static class TypoPolicy
{
    public static int MaxEdits(int watchedLength) => watchedLength switch
    {
        <= 4 => 0,
        <= 7 => 1,
        _ => 2,
    };

}
