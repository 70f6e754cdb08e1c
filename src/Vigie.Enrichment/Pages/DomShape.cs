namespace Vigie.Enrichment.Pages;

/// <summary>
/// The structure of a page without its text: the set of 4-grams of element tags in document order (with the
/// input types). Two pages built from the same markup share most of them whatever their words say, which is how
/// phishing-kit studies compare DOMs (e.g. Cui et al., "Tracking Phishing Attacks Over Time", WWW 2017).
/// </summary>
internal sealed record DomShape(IReadOnlySet<string> Shingles)
{
    public static DomShape Empty { get; } = new(new HashSet<string>());

    public static DomShape FromTags(IReadOnlyList<string> tags)
    {
        const int n = 4;
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tags.Count; i++)
        {
            shingles.Add(string.Join('>', tags.Skip(i).Take(n)));
        }

        if (shingles.Count == 0 && tags.Count > 0)
        {
            shingles.Add(string.Join('>', tags));
        }

        return new DomShape(shingles);
    }

    /// <summary>Jaccard similarity of the shingle sets, 0 to 1.</summary>
    public double SimilarityTo(DomShape other)
    {
        if (Shingles.Count == 0 || other.Shingles.Count == 0)
        {
            return 0;
        }

        var common = Shingles.Count(other.Shingles.Contains);
        return (double)common / (Shingles.Count + other.Shingles.Count - common);
    }
}
