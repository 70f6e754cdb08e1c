using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Vigie.TestSupport.CertificateTransparency;

/// <summary>Signs tree heads as a log does (RFC 6962 §3.5, DigitallySigned with ECDSA P-256 / SHA-256).</summary>
public static class TestLogSigner
{
    public static byte[] Sign(ECDsa key, long treeSize, long timestampMs, byte[] rootHash)
    {
        var signed = new byte[50];
        signed[1] = 1;
        BinaryPrimitives.WriteInt64BigEndian(signed.AsSpan(2), timestampMs);
        BinaryPrimitives.WriteInt64BigEndian(signed.AsSpan(10), treeSize);
        rootHash.CopyTo(signed, 18);
        var signature = key.SignData(signed, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var digitallySigned = new byte[4 + signature.Length];
        digitallySigned[0] = 4;
        digitallySigned[1] = 3;
        BinaryPrimitives.WriteUInt16BigEndian(digitallySigned.AsSpan(2), (ushort)signature.Length);
        signature.CopyTo(digitallySigned, 4);
        return digitallySigned;
    }
}
