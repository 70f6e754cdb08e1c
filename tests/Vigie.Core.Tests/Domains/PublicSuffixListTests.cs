using Vigie.Core.Domains;
using Vigie.TestSupport;

namespace Vigie.Core.Tests.Domains;

/// <summary>The table compiled at build time against the list in src/Vigie.Core/Data, read at test time.</summary>
public sealed class PublicSuffixListTests
{
    private static readonly Dictionary<string, SuffixRule> Source = ReadSource();

    [Fact]
    public void Find_EveryStringOfTheSourceList_GivesItsKind()
    {
        var wrong = Source.Where(r => PublicSuffixList.Default.Find(r.Key) != r.Value).Select(r => r.Key).Take(5).ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Count_ComparedWithTheSourceList_IsEqual()
    {
        Assert.True(Source.Count > 9000, "the source list should hold thousands of rules");
        Assert.Equal(Source.Count, PublicSuffixList.Default.Count);
    }

    [Theory]
    [InlineData("example")]
    [InlineData("co.ukk")]
    [InlineData("")]
    public void Find_StringNotInTheList_GivesNone(string suffix)
    {
        Assert.Equal(SuffixRule.None, PublicSuffixList.Default.Find(suffix));
    }

    private static Dictionary<string, SuffixRule> ReadSource()
    {
        using var reader = File.OpenText(Path.Combine(SharedData.RepoRoot, "src/Vigie.Core/Data/public_suffix_list.dat"));
        return SuffixRulesReader.Read(reader);
    }
}
