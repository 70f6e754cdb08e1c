using Vigie.Core.Permutations;

namespace Vigie.Core.Tests.Permutations;

public sealed class IdnaStabilityTests
{
    [Theory]
    [InlineData(0x0430, true)]   // Cyrillic а: valid as it is
    [InlineData(0x00E9, true)]   // é
    [InlineData(0x017F, false)]  // long s: UTS 46 maps it to "s"
    [InlineData(0x0410, false)]  // Cyrillic capital А: mapped to lower case
    [InlineData(0x04C0, false)]  // palochka: refused (ICU throws)
    [InlineData(0x1D41A, false)] // mathematical bold a, outside the BMP: mapped to "a"
    public void IsStable_CodePoint_SaysWhetherUts46LeavesIt(int codePoint, bool stable)
    {
        Assert.Equal(stable, IdnaStability.IsStable(codePoint));
    }

    [Theory]
    [InlineData(0x0430)]
    [InlineData(0x017F)]
    [InlineData(0x04C0)]
    [InlineData(0x1D41A)]
    [InlineData(0x0301)]
    public void IsStable_CodePointTwice_AgreesWithTheStringProbe(int codePoint)
    {
        var text = char.ConvertFromUtf32(codePoint);

        Assert.Equal(IdnaStability.IsStable(text), IdnaStability.IsStable(codePoint));
        Assert.Equal(IdnaStability.IsStable(text), IdnaStability.IsStable(codePoint));
    }

    [Fact]
    public void IsStable_MathematicalAlphanumericBlock_IcuLeavesNoneAsItIs()
    {
        // The shortcut in IsStable(int) must say what ICU says, for every code point of the block.
        for (var c = IdnaStability.MathematicalAlphanumericFirst; c <= IdnaStability.MathematicalAlphanumericLast; c++)
        {
            Assert.False(IdnaStability.IsStable(char.ConvertFromUtf32(c)), $"U+{c:X4}");
        }
    }
}
