using Vigie.Core.Matching;

namespace Vigie.Core.Tests.Matching;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("metamask", "metamask", 0)]
    [InlineData("metamask", "metmask", 1)]
    [InlineData("metamask", "metmaask", 1)]
    [InlineData("metamask", "emtamsak", 2)]
    [InlineData("myetherwallet", "myetherumwallt", 3)]
    [InlineData("ca", "abc", 3)]
    public void Bounded_gives_the_optimal_string_alignment_distance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Bounded(a, b, 3));
    }

    [Fact]
    public void Bounded_agrees_with_the_full_table_on_random_pairs_and_says_max_plus_one_beyond_the_bound()
    {
        // A three-letter alphabet makes repeats and adjacent transpositions common.
        var random = new Random(5);
        string Word() => new([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => "abc"[random.Next(3)])]);
        for (var n = 0; n < 5_000; n++)
        {
            var (a, b, max) = (Word(), Word(), random.Next(0, 4));

            var full = EditDistance.Edits(a, b).Count;

            Assert.Equal(Math.Min(full, max + 1), EditDistance.Bounded(a, b, max));
        }
    }
}
