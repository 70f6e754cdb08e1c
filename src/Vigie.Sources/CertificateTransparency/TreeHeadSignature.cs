using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Checks the signature over a tree head (RFC 6962 §3.5): a DigitallySigned struct (RFC 5246 §4.7: hash
/// algorithm, signature algorithm, opaque signature) over version v1, signature_type tree_hash, timestamp,
/// tree_size and sha256_root_hash. Logs sign with ECDSA P-256 or RSA, SHA-256 (RFC 6962 §2.1.4).
/// </summary>
internal static class TreeHeadSignature
{
    public static bool Verify(byte[] subjectPublicKeyInfo, SignedTreeHead head, ReadOnlySpan<byte> digitallySigned)
    {
        Span<byte> signed = stackalloc byte[2 + 8 + 8 + 32];
        signed[0] = 0; // v1
        signed[1] = 1; // tree_hash
        BinaryPrimitives.WriteInt64BigEndian(signed[2..], head.TimestampMs);
        BinaryPrimitives.WriteInt64BigEndian(signed[10..], head.TreeSize);
        if (head.RootHash.Length != 32)
        {
            return false;
        }

        head.RootHash.CopyTo(signed[18..]);
        try
        {
            var reader = new TlsReader(digitallySigned);
            var hash = reader.ReadUInt8();
            var algorithm = reader.ReadUInt8();
            var signature = reader.ReadOpaque16();
            if (hash != 4 || !reader.IsEmpty)
            {
                return false; // RFC 6962 §2.1.4: SHA-256 only
            }

            switch (algorithm)
            {
                case 3:
                    using (var ecdsa = ECDsa.Create())
                    {
                        ecdsa.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
                        return ecdsa.VerifyData(signed, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
                    }

                case 1:
                    using (var rsa = RSA.Create())
                    {
                        rsa.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
                        return rsa.VerifyData(signed, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                    }

                default:
                    return false;
            }
        }
        catch (Exception e) when (e is CtFormatException or CryptographicException)
        {
            return false;
        }
    }
}
