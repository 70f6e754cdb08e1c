using System.Net;
using Vigie.Enrichment.Http;

namespace Vigie.Enrichment.Tests.Http;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("169.254.169.254", "metadata")]
    [InlineData("169.254.170.2", "metadata")]
    [InlineData("fd00:ec2::254", "metadata")]
    [InlineData("100.100.100.200", "metadata")]
    [InlineData("168.63.129.16", "metadata")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("172.31.255.1", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("169.254.1.1", "link-local")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("::", "unspecified")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fc00::1", "private")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("::ffff:169.254.169.254", "metadata")]
    [InlineData("64:ff9b::a9fe:a9fe", "metadata")]
    [InlineData("2002:0a00:0001::1", "private")]
    public void Refusal_SpecialAddressEvenWithLoopbackAllowed_Refused(string address, string reason)
    {
        var refusal = new AddressPolicy(AllowLoopback: true).Refusal(IPAddress.Parse(address));

        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.5.6.7")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Refusal_LoopbackByDefault_Refused(string address) =>
        Assert.Contains("loopback", AddressPolicy.PublicOnly.Refusal(IPAddress.Parse(address)), StringComparison.Ordinal);

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.1.9")]
    [InlineData("::1")]
    public void Refusal_LoopbackWhenAllowed_Allowed(string address) =>
        Assert.Null(new AddressPolicy(AllowLoopback: true).Refusal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("2a00:1450:4007:80e::200e")]
    [InlineData("::ffff:93.184.215.14")]
    public void Refusal_PublicAddress_Allowed(string address) =>
        Assert.Null(AddressPolicy.PublicOnly.Refusal(IPAddress.Parse(address)));
}
