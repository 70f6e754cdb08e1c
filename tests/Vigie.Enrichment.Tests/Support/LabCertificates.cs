using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Vigie.Enrichment.Tests.Support;

/// <summary>Self-signed server certificates for the lab's HTTPS sites, made in the test run.</summary>
internal static class LabCertificates
{
    /// <summary>A certificate for <paramref name="name"/> with the subject <paramref name="subject"/> ("CN=…, O=…").</summary>
    public static X509Certificate2 SelfSigned(string name, string? subject = null)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject ?? $"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(name);
        request.CertificateExtensions.Add(san.Build());
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(30));
        // Kestrel needs the key in a form it can use for TLS: a PKCS#12 round trip gives it one.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
