using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Vigie.Sources.CertificateTransparency;
using Vigie.TestSupport;

namespace Vigie.Sources.Tests.CertificateTransparency;

public sealed class CertificateNamesTests
{
    public static TheoryData<string> InvalidCertificates() =>
        new(Directory.GetFiles(SharedData.Path("x509/ctgo-x509-testdata/testdata/invalid"), "*.pem").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(InvalidCertificates))]
    public void FromCertificate_MalformedCertificate_ThrowsCtFormatException(string file)
    {
        var pem = File.ReadAllText(Path.Combine(SharedData.Path("x509/ctgo-x509-testdata/testdata/invalid"), file));
        var bytes = Convert.FromBase64String(pem[PemEncoding.Find(pem).Base64Data]);

        var error = Assert.Throws<CtFormatException>(() => CertificateNames.FromCertificate(bytes));

        Assert.StartsWith("malformed certificate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCertificate_PrecertWithoutSan_NoNames()
    {
        var certificate = X509Certificate2.CreateFromPem(File.ReadAllText(SharedData.Path("ct/precert-synthetic/TestPreCertPEM.pem")));

        Assert.Empty(CertificateNames.FromCertificate(certificate.RawData));
    }

    [Fact]
    public void FromCertificate_GeneratedCertificate_CnAndSansNormalised()
    {
        var raw = Generate("CN=Login.Example.COM", "*.login.example.com", "LOGIN.example.com.", "xn--mnchen-3ya.example", "192.0.2.1");

        Assert.Equal(["login.example.com", "xn--mnchen-3ya.example"], CertificateNames.FromCertificate(raw));
    }

    [Fact]
    public void FromCertificate_CnNotAHostName_SansOnly()
    {
        var raw = Generate("CN=Example Corp", "a.example.org");

        Assert.Equal(["a.example.org"], CertificateNames.FromCertificate(raw));
    }

    [Fact]
    public void FromCertificate_Garbage_ThrowsCtFormatException()
    {
        Assert.Throws<CtFormatException>(() => CertificateNames.FromCertificate([0x30, 0x03, 0x02, 0x01]));
    }

    internal static byte[] Generate(string subject, params string[] dnsNames)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        foreach (var name in dnsNames)
        {
            san.AddDnsName(name);
        }

        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.RawData;
    }
}
