using Vigie.Core.Matching;

namespace Vigie.Core.Tests.Matching;

public sealed class KeyFilterTests
{
    private static readonly ulong[] Present = Keys(seed: 1, count: 20_000);
    private static readonly KeyFilter Filter = KeyFilter.Of(Present);

    [Fact]
    public void Every_key_put_in_is_reported_as_maybe_present()
    {
        Assert.All(Present, key => Assert.True(Filter.MayContain(key)));
    }

    [Fact]
    public void Absent_keys_get_past_it_rarely()
    {
        var passed = Keys(seed: 2, count: 100_000).Count(Filter.MayContain);

        // 16 to 32 bits a key and three bits a key in one word: about one in 200 by theory; fail above one in 50.
        Assert.InRange(passed, 0, 2_000);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(63)]
    [InlineData(64)]
    public void Asking_for_a_row_of_sums_answers_as_asking_for_each_key_and_nothing_past_the_count(int count)
    {
        // Half of the sums are present keys, so that both answers occur in every lane of the vector path.
        const ulong first = 0x1234_5678_9ABC_DEF0UL;
        var terms = new ulong[count + KeyFilter.Padding];
        var absent = Keys(seed: 3, count: count);
        for (var j = 0; j < count; j++)
        {
            terms[j] = j % 2 == 0 ? Present[j] - first : absent[j];
        }

        // Padding that would pass if asked: its answers must be dropped.
        for (var j = count; j < terms.Length; j++)
        {
            terms[j] = Present[j] - first;
        }

        var passes = Filter.MayContainSums(first, terms, count);

        for (var j = 0; j < count; j++)
        {
            Assert.Equal(Filter.MayContain(first + terms[j]), (passes & (1UL << j)) != 0);
        }

        Assert.Equal(0UL, count == 64 ? 0UL : passes >> count);
    }

    private static ulong[] Keys(int seed, int count)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (ulong)random.NextInt64() * 0x9E3779B97F4A7C15UL)];
    }
}
