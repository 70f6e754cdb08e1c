using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Vigie.Alerts.Tests.Support;

/// <summary>A self-signed certificate for "localhost", made for one test run (the TLS syslog receiver's).</summary>
internal static class TestCertificate
{
    public static (X509Certificate2 Certificate, string CertificatePem, string KeyPem) Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        var now = DateTimeOffset.UtcNow;
        var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        return (certificate, certificate.ExportCertificatePem(), key.ExportRSAPrivateKeyPem());
    }
}
