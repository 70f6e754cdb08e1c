namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// The certificate extensions (RFC 5280 §4.2): collects SAN dNSNames and checks the SEQUENCE SIZE (1..MAX)
/// rule of the ones malformed certificates get wrong (extKeyUsage §4.2.1.12, subjectInfoAccess §4.2.2.2).
/// </summary>
internal static class Extensions
{
    private static ReadOnlySpan<byte> SubjectAltName => [0x06, 0x03, 0x55, 0x1D, 0x11];

    private static ReadOnlySpan<byte> ExtKeyUsage => [0x06, 0x03, 0x55, 0x1D, 0x25];

    private static ReadOnlySpan<byte> SubjectInfoAccess => [0x06, 0x08, 0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x01, 0x0B];

    public static void Read(ref DerReader extensions, List<string> names)
    {
        while (extensions.HasData)
        {
            var extension = extensions.ReadSequence();
            var oid = extension.ReadEncodedValue();
            if (extension.PeekTag().TagValue == (int)System.Formats.Asn1.UniversalTagNumber.Boolean)
            {
                extension.ReadBoolean();
            }

            var value = extension.ReadOctetString();
            extension.ThrowIfNotEmpty();
            if (oid.SequenceEqual(SubjectAltName))
            {
                GeneralNames.ReadDnsNames(value, names);
            }
            else if (oid.SequenceEqual(ExtKeyUsage))
            {
                var usages = NonEmptySequence(value, "extKeyUsage (RFC 5280 §4.2.1.12)");
                while (usages.HasData)
                {
                    if (usages.ReadEncodedValue().Length <= 2)
                    {
                        throw new CtFormatException("malformed certificate: empty OID in extKeyUsage (X.690 §8.19)");
                    }
                }
            }
            else if (oid.SequenceEqual(SubjectInfoAccess))
            {
                NonEmptySequence(value, "subjectInfoAccess (RFC 5280 §4.2.2.2)");
            }
        }
    }

    private static DerReader NonEmptySequence(ReadOnlySpan<byte> value, string what)
    {
        var outer = new DerReader(value);
        var sequence = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        if (!sequence.HasData)
        {
            throw new CtFormatException($"malformed certificate: empty {what}");
        }

        return sequence;
    }
}
