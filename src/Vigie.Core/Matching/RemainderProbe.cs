namespace Vigie.Core.Matching;

/// <summary>
/// "metamsklogin": cut the service word off the start or end and compare the rest with the brands. Past a hyphen
/// the rest is a hyphenated brand only when it has hyphens of its own ("mail-en-marhce", "en-marhce-login": its
/// tokens alone are no brand). A rest of 2 to 4 letters beside any word `vigie permute` glues to brands
/// ("kaslogin", "outlookkas") is compared exactly only: so short a rest is a brand only when it is one.
/// </summary>
internal static class RemainderProbe
{
    public static void Probe(
        MatcherIndex index, scoped ReadOnlySpan<char> label, int labelStart, (int AtStart, int AtEnd, int WordAtStart, int WordAtEnd) words, ref HitBuffer hits)
    {
        var (atStart, atEnd) = (words.AtStart, words.AtEnd);
        if (atStart > 0 && label.Length - atStart >= 5)
        {
            var hyphen = label[atStart] == '-' ? 1 : 0;
            if (hyphen == 0 || label[(atStart + 1)..].Contains('-'))
            {
                LabelProbe.Probe(index, label[(atStart + hyphen)..], labelStart + atStart + hyphen, HitKind.Part, ref hits);
            }
        }

        if (atEnd > 0 && label.Length - atEnd >= 5)
        {
            var hyphen = label[^(atEnd + 1)] == '-' ? 1 : 0;
            if (hyphen == 0 || label[..^(atEnd + 1)].Contains('-'))
            {
                LabelProbe.Probe(index, label[..^(atEnd + hyphen)], labelStart, HitKind.Part, ref hits);
            }
        }

        var rest = label.Length - words.WordAtStart;
        if (words.WordAtStart > 0 && rest is >= 2 and <= TypoPolicy.ShortLabel)
        {
            LabelProbe.ProbeExact(index, label[words.WordAtStart..], labelStart + words.WordAtStart, HitKind.Part, ref hits);
        }

        rest = label.Length - words.WordAtEnd;
        if (words.WordAtEnd > 0 && rest is >= 2 and <= TypoPolicy.ShortLabel)
        {
            LabelProbe.ProbeExact(index, label[..rest], labelStart, HitKind.Part, ref hits);
        }
    }
}
