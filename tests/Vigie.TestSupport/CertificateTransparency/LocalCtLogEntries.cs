using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace Vigie.TestSupport.CertificateTransparency;

/// <summary>
/// Builds log entries for the local CT log: x509 certificates made from a real certificate's subject (the
/// mail.google.com certificate of the RFC 6962 fixture) with the DNS names a test wants inside, framed as an
/// RFC 6962 MerkleTreeLeaf or a static-ct-api TileLeaf with its leaf_index extension.
/// </summary>
internal static class LocalCtLogEntries
{
    private static readonly Lazy<X500DistinguishedName> TemplateSubject = new(LoadTemplateSubject);
    private static readonly ECDsa Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public static byte[] Certificate(IReadOnlyList<string> dnsNames)
    {
        var subject = new X500DistinguishedNameBuilder();
        foreach (var rdn in TemplateSubject.Value.EnumerateRelativeDistinguishedNames())
        {
            var oid = rdn.GetSingleElementType().Value;
            var value = rdn.GetSingleElementValue() ?? string.Empty;
            if (oid == "2.5.4.3")
            {
                subject.AddCommonName(dnsNames[0]);
            }
            else
            {
                subject.Add(oid!, value, System.Formats.Asn1.UniversalTagNumber.UTF8String);
            }
        }

        var request = new CertificateRequest(subject.Build(), Key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        foreach (var name in dnsNames)
        {
            san.AddDnsName(name);
        }

        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(90));
        return certificate.RawData;
    }

    /// <summary>TimestampedEntry for an x509_entry (RFC 6962 §3.4) with the given extensions.</summary>
    public static byte[] TimestampedEntry(long timestampMs, byte[] certificate, byte[] extensions)
    {
        var entry = new byte[8 + 2 + 3 + certificate.Length + 2 + extensions.Length];
        BinaryPrimitives.WriteInt64BigEndian(entry, timestampMs);
        entry[10] = (byte)(certificate.Length >> 16);
        entry[11] = (byte)(certificate.Length >> 8);
        entry[12] = (byte)certificate.Length;
        certificate.CopyTo(entry, 13);
        BinaryPrimitives.WriteUInt16BigEndian(entry.AsSpan(13 + certificate.Length), (ushort)extensions.Length);
        extensions.CopyTo(entry, 15 + certificate.Length);
        return entry;
    }

    /// <summary>The static-ct-api leaf_index extension: type 0, uint40 index.</summary>
    public static byte[] LeafIndexExtension(long index) =>
        [0, 0, 5, (byte)(index >> 32), (byte)(index >> 24), (byte)(index >> 16), (byte)(index >> 8), (byte)index];

    /// <summary>SHA-256(0x00 || 0x00 0x00 || TimestampedEntry), RFC 6962 §2.1.</summary>
    public static byte[] LeafHash(byte[] timestampedEntry) => SHA256.HashData([0, 0, 0, .. timestampedEntry]);

    private static X500DistinguishedName LoadTemplateSubject()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(SharedData.Path("ct/rfc6962-get-entries/get-entries-0-3.json")));
        var leaf = json.RootElement.GetProperty("entries")[0].GetProperty("leaf_input").GetBytesFromBase64();
        var length = (leaf[12] << 16) | (leaf[13] << 8) | leaf[14];
        using var real = X509CertificateLoader.LoadCertificate(leaf.AsSpan(15, length));
        return real.SubjectName;
    }
}
