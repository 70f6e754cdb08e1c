using Vigie.Core.Matching;

namespace Vigie.Core.Tests.Matching;

public sealed class LabelHashTests
{
    [Theory]
    [InlineData("metamask")]
    [InlineData("myetherwallet")]
    [InlineData("hederahashgraph")]
    [InlineData("a-b")]
    public void Neighbourhood_sums_are_the_keys_of_the_label_with_one_or_two_characters_deleted(string label)
    {
        Span<ulong> single = stackalloc ulong[label.Length];
        Span<ulong> pair = stackalloc ulong[label.Length];

        var whole = LabelHash.Neighbourhood(label, single, pair);

        Assert.Equal(LabelHash.Of(label), whole);
        for (var i = 0; i < label.Length; i++)
        {
            Assert.Equal(LabelHash.Of(label.Remove(i, 1)), single[i] + LabelHash.Salt(label.Length - 1));
            for (var j = i + 1; j < label.Length; j++)
            {
                Assert.Equal(LabelHash.Of(label.Remove(j, 1).Remove(i, 1)), pair[i] + single[j]);
            }
        }
    }

    [Fact]
    public void Deleting_different_characters_gives_different_keys_unless_the_strings_are_equal()
    {
        Span<ulong> single = stackalloc ulong[8];
        Span<ulong> pair = stackalloc ulong[8];

        LabelHash.Neighbourhood("metamask", single, pair);

        // "etamask", "mtamask", "meamask", … "metamas": eight different strings, so eight different keys.
        Assert.Equal(8, single.ToArray().Distinct().Count());
        Assert.NotEqual(LabelHash.Of("ab"), LabelHash.Of("\0ab"));
    }
}
