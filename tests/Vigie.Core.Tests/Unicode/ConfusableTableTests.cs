using Vigie.Core.Unicode;
using Vigie.TestSupport;

namespace Vigie.Core.Tests.Unicode;

public sealed class ConfusableTableTests
{
    private static readonly ConfusableTable Table = ConfusableTable.Default;

    [Theory]
    [InlineData("pаypal", "paypal")] // Cyrillic а
    [InlineData("ΡΑΥΡΑL", "paypal")] // Greek capitals
    [InlineData("gοοgle", "google")] // Greek omicron
    [InlineData("pàypal", "paypal")] // accent folded to its base letter
    [InlineData("ＰａｙＰａｌ", "paypal")] // full-width forms
    [InlineData("PayPal", "paypal")]
    [InlineData("食狮", "食狮")]
    public void Skeleton_Lookalike_FoldsToAscii(string text, string skeleton)
    {
        Assert.Equal(skeleton, Table.Skeleton(text));
    }

    [Fact]
    public void Skeleton_Noncharacter_IsKeptWithoutThrowing()
    {
        Assert.Equal("a\ufffe", Table.Skeleton("a\ufffe"));
    }

    [Fact]
    public void LookalikesOf_LetterA_IncludesCyrillicAndGreek()
    {
        var list = Table.LookalikesOf('a');
        Assert.Contains("а", list); // U+0430
        Assert.Contains("α", list); // U+03B1
        Assert.All(list, s => Assert.Single(s.EnumerateRunes()));
    }

    [Fact]
    public void LookalikesOf_NotAsciiLetter_IsEmpty()
    {
        Assert.Empty(Table.LookalikesOf('-'));
    }

    [Theory]
    [InlineData('a', "Latin")]
    [InlineData('а', "Cyrillic")]
    [InlineData('α', "Greek")]
    [InlineData('-', "Common")]
    [InlineData('食', "Han")]
    public void ScriptOf_KnownCharacter_GivesItsScript(char c, string script)
    {
        Assert.Equal(script, Table.ScriptOf(c).ToString());
    }

    [Fact]
    public void Default_ComparedWithTheSourceFiles_HoldsTheSameTable()
    {
        var data = ReadSource();
        Assert.Equal(36, data.Lookalikes.Count);
        Assert.All(data.Lookalikes, kv => Assert.Equal(kv.Value, Table.LookalikesOf(kv.Key)));
        Assert.True(data.Prototypes.Count > 1000, "TR39 should give a thousand or more prototypes");
        Assert.Equal(data.Prototypes.Count, Table.PrototypeCount);
        Assert.All(data.Prototypes, kv => Assert.Equal(kv.Value.ToString(), Table.Skeleton(char.ConvertFromUtf32(kv.Key))));
        Assert.Equal(data.ScriptStarts.Length, Table.ScriptRangeCount);
        for (var i = 0; i < data.ScriptStarts.Length; i++)
        {
            Assert.Equal(data.Scripts[i], Table.ScriptOf(data.ScriptStarts[i]));
            Assert.Equal(data.Scripts[i], Table.ScriptOf(data.ScriptEnds[i]));
        }
    }

    private static ConfusableData ReadSource()
    {
        var folder = Path.Combine(SharedData.RepoRoot, "src/Vigie.Core/Data");
        using var pairs = File.OpenRead(Path.Combine(folder, "confusables.json"));
        using var categories = File.OpenRead(Path.Combine(folder, "confusable-categories.json"));
        return ConfusableTableReader.Read(pairs, categories);
    }
}
