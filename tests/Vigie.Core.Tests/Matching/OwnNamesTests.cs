using Vigie.Core.Matching;

namespace Vigie.Core.Tests.Matching;

public sealed class OwnNamesTests
{
    [Theory]
    [InlineData("fr", true)]
    [InlineData("co.uk", true)]
    [InlineData("com.br", true)]
    [InlineData("gouv.fr", true)]
    [InlineData("com", false)]
    [InlineData("net", false)]
    [InlineData("dev", false)]
    [InlineData("yolasite.com", false)]
    [InlineData("blogspot.fr", false)]
    [InlineData("s3.amazonaws.com", false)]
    public void IsCountryEnding_Suffix_TrueForCountryRegistriesOnly(string suffix, bool expected) =>
        Assert.Equal(expected, OwnNames.IsCountryEnding(suffix));

    [Theory]
    [InlineData("cdn", true)]
    [InlineData("adsystem", true)]
    [InlineData("api-cdn…static", true)]
    [InlineData("cdn-login", false)]
    [InlineData("support", false)]
    [InlineData("data", false)]
    [InlineData("", false)]
    public void IsInfrastructureOnly_Extra_TrueWhenEveryWordIsInfrastructure(string extra, bool expected) =>
        Assert.Equal(expected, OwnNames.IsInfrastructureOnly(extra));
}
