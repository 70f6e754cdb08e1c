using Vigie.Core.Matching;
using Vigie.Core.Watchlists;

namespace Vigie.Core.Tests.Matching;

public sealed class DeletionTableTests
{
    private static readonly string[] Watched =
        ["ebay.com", "paypal.com", "metamask.io", "opensea.io", "myetherwallet.com", "hederahashgraph.com", "rnicrosoft.com", "cloudflare.com"];

    private static readonly MatcherIndex Index = MatcherIndex.Build(WatchlistLoader.FromDomains(Watched), MatcherOptions.Default);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MayStartWith_EndsOfEveryKey_AreTrue(bool folded)
    {
        var table = folded ? Index.FoldedDeletions : Index.Deletions;
        foreach (var key in Index.Keys.Where(k => k.Kind == KeyKind.Label))
        {
            var text = folded ? key.Folded : key.Text;
            foreach (var deletion in Deletions(text, TypoPolicy.MaxEdits(text.Length)).Where(d => d.Length >= DeletionTable.EndLength))
            {
                Assert.True(table.MayStartWith(LabelHash.Raw(deletion.AsSpan(0, DeletionTable.EndLength)), deletion.Length), deletion);
                Assert.True(table.MayEndWith(LabelHash.Raw(deletion.AsSpan(deletion.Length - DeletionTable.EndLength)), deletion.Length), deletion);
            }
        }
    }

    [Fact]
    public void MayStartWith_OtherLettersOrLength_IsMostlyFalse()
    {
        var random = new Random(3);
        var passed = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var letters = Letters(random, DeletionTable.EndLength);
            var length = random.Next(4, 20);
            passed += Index.Deletions.MayStartWith(LabelHash.Raw(letters), length) ? 1 : 0;
            passed += Index.Deletions.MayEndWith(LabelHash.Raw(letters), length) ? 1 : 0;
        }

        // A few hundred starts and ends of eight labels among 26^4 × 16: what passes is mostly the filter's one in 200.
        Assert.InRange(passed, 0, 400);
        Assert.False(Index.Deletions.MayStartWith(LabelHash.Raw("payp"), "paypal".Length + 1));
        Assert.True(Index.Deletions.MayStartWith(LabelHash.Raw("payp"), "paypal".Length - 1));
        Assert.True(Index.Deletions.MayEndWith(LabelHash.Raw("ypal"), "paypal".Length));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Probe_NamesNearAndFar_FindsWhatEveryDeletionFinds(bool folded)
    {
        // The probe skips the deletions its table's starts and ends rule out: it must find what probing them all does.
        var table = folded ? Index.FoldedDeletions : Index.Deletions;
        var random = new Random(folded ? 5 : 4);
        var labels = Index.Keys.Where(k => k.Kind == KeyKind.Label).Select(k => folded ? k.Folded : k.Text).ToArray();
        for (var i = 0; i < 4_000; i++)
        {
            var text = i % 4 == 0 ? Letters(random, random.Next(3, 18)) : Slip(random, Slip(random, labels[random.Next(labels.Length)]));
            Assert.Equal(EveryDeletion(table, text), Probed(table, text));
        }
    }

    private static HashSet<(int Key, int Distance)> Probed(DeletionTable table, string text)
    {
        var hits = new HitBuffer(new Hit[64]);
        TypoProbe.Probe(Index, table, text, 0, text.Length, HitKind.LabelTypo, ref hits);
        return [.. hits.Hits.ToArray().Select(h => (h.Key, h.Distance))];
    }

    private static HashSet<(int Key, int Distance)> EveryDeletion(DeletionTable table, string text)
    {
        var found = new HashSet<(int Key, int Distance)>();
        if (text.Length > Index.LongestLabel + 3 || text.Length + 3 < Index.ShortestLabel)
        {
            return found;
        }

        foreach (var deletion in Deletions(text, TypoPolicy.MaxNameEdits(text.Length)))
        {
            for (var p = table.Keys.Find(LabelHash.Of(deletion)); p >= 0; p = table.Keys.Next(p))
            {
                var key = table.Keys.Value(p);
                var watched = table.Folded ? Index.Keys[key].Folded : Index.Keys[key].Text;
                var max = TypoPolicy.MaxEdits(watched.Length);
                var distance = EditDistance.Bounded(text, watched, max);
                if (distance >= 1 && distance <= max)
                {
                    found.Add((key, distance));
                }
            }
        }

        return found;
    }

    private static IEnumerable<string> Deletions(string text, int most)
    {
        IEnumerable<string> level = [text];
        var all = new HashSet<string>(level);
        for (var d = 0; d < most; d++)
        {
            level = [.. level.SelectMany(s => Enumerable.Range(0, s.Length).Select(i => s.Remove(i, 1))).Distinct()];
            all.UnionWith(level);
        }

        return all;
    }

    private static string Slip(Random random, string text)
    {
        var at = random.Next(text.Length);
        var letter = (char)('a' + random.Next(26));
        return random.Next(4) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, letter.ToString()),
            2 when at + 1 < text.Length => string.Concat(text.AsSpan(0, at), text.AsSpan(at + 1, 1), text.AsSpan(at, 1), text.AsSpan(at + 2)),
            _ => string.Concat(text.AsSpan(0, at), letter.ToString(), text.AsSpan(at + 1)),
        };
    }

    private static string Letters(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26)))]);
}
