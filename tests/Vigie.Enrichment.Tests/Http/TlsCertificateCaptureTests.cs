using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Vigie.Enrichment.Http;
using Vigie.Enrichment.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Enrichment.Tests.Http;

public sealed class TlsCertificateCaptureTests
{
    [Fact]
    public async Task FetchAsync_SelfSignedHttpsSite_CertificateKeptWithItsErrors()
    {
        using var certificate = SelfSigned("tls.lab.test");
        var (app, baseAddress) = await LoopbackWebHost.StartAsync(c => c.Response.WriteAsync("<title>tls</title>"), certificate: certificate);
        await using var _ = app;
        var port = baseAddress.Port;
        var resolver = new StaticHostAddressResolver(new Dictionary<string, IPAddress[]> { ["tls.lab.test"] = [IPAddress.Loopback] });
        using var fetcher = new SafeHttpFetcher(new ConnectionGuard(resolver, new AddressPolicy(AllowLoopback: true)), new FetchOptions(), TimeProvider.System);

        var result = await fetcher.FetchAsync(new Uri($"https://tls.lab.test:{port}/"), CancellationToken.None);

        Assert.Equal(200, result.Status);
        var seen = Assert.Single(result.Certificates);
        Assert.Equal("tls.lab.test", seen.Host);
        Assert.Equal("CN=tls.lab.test", seen.Subject);
        Assert.Equal("CN=tls.lab.test", seen.Issuer);
        Assert.Equal(["tls.lab.test"], seen.Names);
        Assert.Contains("RemoteCertificateChainErrors", seen.ValidationErrors, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(certificate.RawData)), seen.Sha256);
        Assert.Equal(certificate.NotAfter.ToUniversalTime(), seen.NotAfter.UtcDateTime);
    }

    private static X509Certificate2 SelfSigned(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(name);
        request.CertificateExtensions.Add(san.Build());
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(30));
        // Kestrel needs the key in a form it can use for TLS: a PKCS#12 round trip gives it one.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
