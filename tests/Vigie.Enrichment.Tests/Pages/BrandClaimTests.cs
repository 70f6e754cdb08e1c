using Vigie.Enrichment.Pages;

namespace Vigie.Enrichment.Tests.Pages;

public sealed class BrandClaimTests
{
    private static readonly Brand Microsoft = new("Microsoft", ["microsoft.com"], ["Microsoft"], []);
    private static readonly Brand PayPal = new("PayPal", ["paypal.com"], ["PayPal"], []);

    [Fact]
    public void With_SameBrand_AddsTheSignalAndItsWeight()
    {
        var claim = new BrandClaim(Microsoft, 3, ["title"]);

        var more = BrandClaim.With(claim, Microsoft, 3, "the site icon is Microsoft's")!;

        Assert.Equal(6, more.Weight);
        Assert.Equal(["title", "the site icon is Microsoft's"], more.Signals);
    }

    [Fact]
    public void With_NoClaimAndAStrongSignal_NewClaim() =>
        Assert.Equal("PayPal", BrandClaim.With(null, PayPal, 3, "the site icon is PayPal's")!.Brand.Name);

    [Fact]
    public void With_NoClaimAndAWeakSignal_StillNoClaim() =>
        Assert.Null(BrandClaim.With(null, PayPal, 1.5, "the site icon looks like PayPal's"));

    [Fact]
    public void With_StrongerClaimOfAnotherBrand_Kept()
    {
        var claim = new BrandClaim(Microsoft, 5.5, ["title", "logo image"]);

        Assert.Same(claim, BrandClaim.With(claim, PayPal, 3, "the site icon is PayPal's"));
    }
}
