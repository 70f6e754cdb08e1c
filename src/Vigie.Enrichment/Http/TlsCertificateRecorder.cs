using System.Collections.Concurrent;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Vigie.Enrichment.Http;

/// <summary>
/// Keeps the certificate each TLS server presents. It accepts every certificate: the fetch observes a suspect
/// site (self-signed and expired certificates are evidence too) and never sends it anything secret.
/// </summary>
internal sealed class TlsCertificateRecorder
{
    private readonly ConcurrentDictionary<string, TlsCertificateInfo> byHost = new(StringComparer.OrdinalIgnoreCase);

    public bool Record(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is not null)
        {
            var host = (sender as SslStream)?.TargetHostName ?? "";
            using var cert = new X509Certificate2(certificate);
            byHost[host] = new TlsCertificateInfo(
                host,
                cert.Subject,
                cert.Issuer,
                OrganisationOf(cert.SubjectName),
                new DateTimeOffset(cert.NotBefore.ToUniversalTime()),
                new DateTimeOffset(cert.NotAfter.ToUniversalTime()),
                NamesOf(cert),
                Convert.ToHexStringLower(SHA256.HashData(cert.RawData)),
                errors == SslPolicyErrors.None ? "" : errors.ToString(),
                cert.RawData);
        }

        return true;
    }

    public IReadOnlyList<TlsCertificateInfo> Snapshot() => [.. byHost.Values];

    private static string? OrganisationOf(X500DistinguishedName subject) =>
        subject.EnumerateRelativeDistinguishedNames()
            .Where(n => !n.HasMultipleElements && n.GetSingleElementType().Value == "2.5.4.10")
            .Select(n => n.GetSingleElementValue())
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static List<string> NamesOf(X509Certificate2 cert)
    {
        var names = new List<string>();
        foreach (var extension in cert.Extensions)
        {
            if (extension is X509SubjectAlternativeNameExtension san)
            {
                names.AddRange(san.EnumerateDnsNames());
                names.AddRange(san.EnumerateIPAddresses().Select(a => a.ToString()));
            }
        }

        return names;
    }
}
