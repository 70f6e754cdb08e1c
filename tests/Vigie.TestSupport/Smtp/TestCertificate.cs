using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Vigie.TestSupport.Smtp;

/// <summary>
/// A certificate authority made for one test and the server certificate it signed for 127.0.0.1 (an IP address in
/// subjectAltName, RFC 5280 §4.2.1.6), as PEM files in a temporary folder, with the server certificate's SHA-256 fingerprint.
/// </summary>
public sealed class TestCertificate : IDisposable
{
    private readonly TempFolder folder = new();

    private TestCertificate()
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Vigie test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var now = DateTimeOffset.UtcNow;
        using var ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var server = request.Create(ca, now.AddDays(-1), now.AddDays(29), RandomNumberGenerator.GetBytes(8));

        File.WriteAllText(AuthorityFile, ca.ExportCertificatePem());
        File.WriteAllText(CertificateFile, server.ExportCertificatePem());
        File.WriteAllText(KeyFile, key.ExportPkcs8PrivateKeyPem());
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(server.RawData));
    }

    public string AuthorityFile => folder.File("ca.pem");

    public string CertificateFile => folder.File("server.pem");

    public string KeyFile => folder.File("server.key");

    public string Sha256 { get; }

    public static TestCertificate Create() => new();

    public void Dispose() => folder.Dispose();
}
