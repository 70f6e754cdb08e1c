using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Vigie.Enrichment.Http;
using Vigie.Enrichment.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Enrichment.Tests.Http;

public sealed class TlsCertificateCaptureTests
{
    [Fact]
    public async Task FetchAsync_SelfSignedHttpsSite_CertificateKeptWithItsErrors()
    {
        using var certificate = LabCertificates.SelfSigned("tls.lab.test");

        var result = await FetchAsync(certificate);

        Assert.Equal(200, result.Status);
        var seen = Assert.Single(result.Certificates);
        Assert.Equal("tls.lab.test", seen.Host);
        Assert.Equal("CN=tls.lab.test", seen.Subject);
        Assert.Equal("CN=tls.lab.test", seen.Issuer);
        Assert.Null(seen.Organisation);
        Assert.Equal(["tls.lab.test"], seen.Names);
        Assert.Contains("RemoteCertificateChainErrors", seen.ValidationErrors, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(certificate.RawData)), seen.Sha256);
        Assert.Equal(certificate.NotAfter.ToUniversalTime(), seen.NotAfter.UtcDateTime);
    }

    [Fact]
    public async Task FetchAsync_CertificateWithAnOrganisation_OrganisationKept()
    {
        using var certificate = LabCertificates.SelfSigned("tls.lab.test", "CN=tls.lab.test, O=\"Acme Bank, SA\", C=FR");

        var result = await FetchAsync(certificate);

        Assert.Equal("Acme Bank, SA", Assert.Single(result.Certificates).Organisation);
    }

    private static async Task<FetchResult> FetchAsync(X509Certificate2 certificate)
    {
        var (app, baseAddress) = await LoopbackWebHost.StartAsync(c => c.Response.WriteAsync("<title>tls</title>"), certificate: certificate);
        await using var _ = app;
        var resolver = new StaticHostAddressResolver(new Dictionary<string, IPAddress[]> { ["tls.lab.test"] = [IPAddress.Loopback] });
        using var fetcher = new SafeHttpFetcher(new ConnectionGuard(resolver, new AddressPolicy(AllowLoopback: true)), new FetchOptions(), TimeProvider.System);
        return await fetcher.FetchAsync(new Uri($"https://tls.lab.test:{baseAddress.Port}/"), CancellationToken.None);
    }
}
