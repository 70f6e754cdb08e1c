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

    /// <summary>
    /// <paramref name="claim"/> with one more signal for <paramref name="brand"/>: added to the claim when it is the
    /// same brand; a new claim when there was none or a weaker one. Signals read after the page (its icon) join here.
    /// </summary>
    public static BrandClaim? With(BrandClaim? claim, Brand brand, double weight, string signal) =>
        claim is not null && claim.Brand.Name == brand.Name ? claim with { Weight = claim.Weight + weight, Signals = [.. claim.Signals, signal] }
        : weight >= Threshold && (claim is null || claim.Weight < weight) ? new BrandClaim(brand, weight, [signal])
        : claim;
}
