using Vigie.Core.Permutations;

namespace Vigie.Core.Tests.Permutations;

public sealed class PermutationTargetTests
{
    [Theory]
    [InlineData("", "paypal", "com")]
    [InlineData("mail", "en-marche", "fr")]
    [InlineData("a.b", "bbc", "co.uk")]
    public void BeforeAndAfterLabel_AroundALabel_GiveWithLabel(string subdomain, string label, string suffix)
    {
        var target = new PermutationTarget(subdomain, label, suffix);

        Assert.Equal(target.WithLabel("paypa1"), target.BeforeLabel + "paypa1" + target.AfterLabel);
    }
}
