using Vigie.Cli.Scan;

namespace Vigie.Cli.Tests.Scan;

public sealed class NameServersTests
{
    [Theory]
    [InlineData("192.0.2.53", "192.0.2.53:53")]
    [InlineData("127.0.0.1:5353", "127.0.0.1:5353")]
    [InlineData("2001:db8::53", "[2001:db8::53]:53")]
    [InlineData("[2001:db8::53]:5353", "[2001:db8::53]:5353")]
    public void Parse_Forms_EndPoint(string text, string expected)
    {
        Assert.Equal(expected, NameServers.Parse(text).ToString());
    }

    [Theory]
    [InlineData("dns.example")]
    [InlineData("192.0.2.53:99999")]
    public void Parse_NotAnAddress_UsageError(string text)
    {
        Assert.Throws<UsageException>(() => NameServers.Parse(text));
    }
}
