namespace Vigie.Enrichment.Pages;

/// <summary>
/// The brand a page presents itself as, how strongly (the sum of its signals' weights, see
/// <see cref="BrandClaimReader"/>) and the signals in words ("title", "logo image", "copied Microsoft wording").
/// </summary>
internal sealed record BrandClaim(Brand Brand, double Weight, IReadOnlyList<string> Signals)
{
    /// <summary>Weight from which the signals make a claim: a title alone, or a heading and the brand in the text.</summary>
    public const double Threshold = 3;

    /// <summary>0 to 1: the weight over twice the threshold (a title, a logo and copied wording reach 1).</summary>
    public double Strength => Math.Min(1, Weight / (2 * Threshold));
}
