using System.Formats.Asn1;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Takes the subject CN and the SAN dNSNames straight from a certificate's DER (RFC 5280 §4.1, §4.2.1.6)
/// with System.Formats.Asn1: building an X509Certificate2 per entry would cost an allocation-heavy native
/// parse for two fields. What is read is checked (strict DER, minimal integers, PrintableString alphabet,
/// matching signature algorithms, non-empty SEQUENCE SIZE (1..MAX) extensions, sane public keys) so a
/// malformed certificate fails with a message rather than yielding half-read names.
/// </summary>
internal static class CertificateNames
{
    /// <summary>Names from a full Certificate (x509_entry).</summary>
    public static List<string> FromCertificate(ReadOnlySpan<byte> der)
    {
        try
        {
            var outer = new DerReader(der);
            var certificate = outer.ReadSequence();
            outer.ThrowIfNotEmpty();
            var tbs = certificate.PeekEncodedValue();
            certificate.ReadSequence();
            var signatureAlgorithm = certificate.ReadEncodedValue();
            certificate.ReadBitString();
            certificate.ThrowIfNotEmpty();
            return Read(tbs, signatureAlgorithm);
        }
        catch (AsnContentException e)
        {
            throw new CtFormatException($"malformed certificate: {e.Message}", e);
        }
    }

    /// <summary>Names from a TBSCertificate alone (precert_entry, RFC 6962 §3.2: the poison extension removed).</summary>
    public static List<string> FromTbsCertificate(ReadOnlySpan<byte> der)
    {
        try
        {
            return Read(der, default);
        }
        catch (AsnContentException e)
        {
            throw new CtFormatException($"malformed precertificate TBSCertificate: {e.Message}", e);
        }
    }

    private static List<string> Read(ReadOnlySpan<byte> tbsDer, ReadOnlySpan<byte> outerSignatureAlgorithm)
    {
        var outer = new DerReader(tbsDer);
        var tbs = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        var explicit0 = new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true);
        if (tbs.PeekTag().HasSameClassAndValue(explicit0))
        {
            tbs.ReadSequence(explicit0).ReadIntegerBytes();
        }

        tbs.ReadIntegerBytes();
        var signature = tbs.ReadEncodedValue();
        if (!outerSignatureAlgorithm.IsEmpty && !signature.SequenceEqual(outerSignatureAlgorithm))
        {
            throw new CtFormatException("malformed certificate: the TBS signature algorithm differs from the outer one (RFC 5280 §4.1.1.2)");
        }

        tbs.ReadSequence(); // issuer
        tbs.ReadSequence(); // validity
        var names = new List<string>(4);
        var subject = tbs.ReadSequence();
        var cn = SubjectAttributes.ReadCommonName(ref subject);
        PublicKeyInfo.Check(tbs.ReadSequence());
        var explicit3 = new Asn1Tag(TagClass.ContextSpecific, 3, isConstructed: true);
        while (tbs.HasData)
        {
            var tag = tbs.PeekTag();
            if (tag.HasSameClassAndValue(explicit3))
            {
                var wrapper = tbs.ReadSequence(explicit3);
                var extensions = wrapper.ReadSequence();
                wrapper.ThrowIfNotEmpty();
                if (cn is not null)
                {
                    HostNames.AddDistinct(names, cn);
                }

                Extensions.Read(ref extensions, names);
                return names;
            }

            tbs.ReadEncodedValue(); // issuerUniqueID [1], subjectUniqueID [2]
        }

        if (cn is not null)
        {
            HostNames.AddDistinct(names, cn);
        }

        return names;
    }
}
