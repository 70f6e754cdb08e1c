namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Checks the subjectPublicKeyInfo just enough to refuse keys no CA may certify: RSA with non-NULL
/// parameters or a negative / non-minimal modulus (RFC 3279 §2.3.1), EC on a curve other than P-256,
/// P-384 or P-521 (RFC 5480 §2.1.1.1, CA/B Forum BR 6.1.5). Other algorithms pass unread. Non-minimal
/// INTEGERs are refused by AsnDecoder.ReadIntegerBytes under DER (X.690 §8.3.2).
/// </summary>
internal static class PublicKeyInfo
{
    private static ReadOnlySpan<byte> RsaEncryption => [0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01];

    private static ReadOnlySpan<byte> EcPublicKey => [0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01];

    private static ReadOnlySpan<byte> Null => [0x05, 0x00];

    private static ReadOnlySpan<byte> P256 => [0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07];

    private static ReadOnlySpan<byte> P384 => [0x06, 0x05, 0x2B, 0x81, 0x04, 0x00, 0x22];

    private static ReadOnlySpan<byte> P521 => [0x06, 0x05, 0x2B, 0x81, 0x04, 0x00, 0x23];

    public static void Check(DerReader spki)
    {
        var algorithm = spki.ReadSequence();
        var key = spki.ReadBitString();
        spki.ThrowIfNotEmpty();
        var oid = algorithm.ReadEncodedValue();
        var parameters = algorithm.HasData ? algorithm.ReadEncodedValue() : default;
        algorithm.ThrowIfNotEmpty();
        if (oid.SequenceEqual(RsaEncryption))
        {
            if (!parameters.SequenceEqual(Null))
            {
                throw new CtFormatException("malformed certificate: RSA key parameters must be NULL (RFC 3279 §2.3.1)");
            }

            var rsa = new DerReader(key).ReadSequence();
            var modulus = rsa.ReadIntegerBytes();
            rsa.ReadIntegerBytes();
            rsa.ThrowIfNotEmpty();
            if (modulus[0] >= 0x80)
            {
                throw new CtFormatException("malformed certificate: negative RSA modulus (RFC 3279 §2.3.1)");
            }
        }
        else if (oid.SequenceEqual(EcPublicKey)
            && !(parameters.SequenceEqual(P256) || parameters.SequenceEqual(P384) || parameters.SequenceEqual(P521)))
        {
            throw new CtFormatException("malformed certificate: EC key on a curve other than P-256, P-384 or P-521 (BR 6.1.5)");
        }
    }
}
