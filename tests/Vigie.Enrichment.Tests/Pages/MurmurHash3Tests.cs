using System.Text;
using Vigie.Enrichment.Pages;

namespace Vigie.Enrichment.Tests.Pages;

public sealed class MurmurHash3Tests
{
    /// <summary>Published test vectors of MurmurHash3 x86_32 (SMHasher's verification values as quoted with the algorithm), and mmh3's README example.</summary>
    [Theory]
    [InlineData("", 0u, 0)]
    [InlineData("", 1u, 0x514E28B7)]
    [InlineData("test", 0x9747b28cu, 0x704b81dc)]
    [InlineData("Hello, world!", 0x9747b28cu, 0x24884CBA)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x9747b28cu, 0x2FA826CD)]
    [InlineData("foo", 0u, -156908512)]
    public void Hash32_KnownVectors_Match(string text, uint seed, int expected) =>
        Assert.Equal(expected, MurmurHash3.Hash32(Encoding.UTF8.GetBytes(text), seed));
}
