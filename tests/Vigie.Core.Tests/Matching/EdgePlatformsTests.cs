using Vigie.Core.Matching;

namespace Vigie.Core.Tests.Matching;

public sealed class EdgePlatformsTests
{
    [Theory]
    [InlineData("adobe.com.cdn.cloudflare.net", 10)]
    [InlineData("cdn.cloudflare.net", 0)]
    [InlineData("www-apple-com.v.aaplimg.com", 16)]
    [InlineData("microsoft.map.fastly.net", 14)]
    [InlineData("cloudflare.net", -1)]
    [InlineData("notfastly.net", -1)]
    [InlineData("apple.com", -1)]
    public void Find_Name_ReturnsWhereThePlatformStarts(string name, int expected) =>
        Assert.Equal(expected, EdgePlatforms.Find(name));
}
