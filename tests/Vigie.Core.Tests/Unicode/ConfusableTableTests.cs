using Vigie.Core.Unicode;

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
}
