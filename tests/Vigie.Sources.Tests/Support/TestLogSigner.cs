using System.Buffers.Binary;
using System.Security.Cryptography;
using Vigie.Sources.CertificateTransparency;

namespace Vigie.Sources.Tests.Support;

/// <summary>Signs tree heads as a log does (RFC 6962 §3.5, DigitallySigned with ECDSA P-256 / SHA-256).</summary>
internal static class TestLogSigner
{
    public static byte[] Sign(ECDsa key, SignedTreeHead head)
    {
        var signed = new byte[50];
        signed[1] = 1;
        BinaryPrimitives.WriteInt64BigEndian(signed.AsSpan(2), head.TimestampMs);
        BinaryPrimitives.WriteInt64BigEndian(signed.AsSpan(10), head.TreeSize);
        head.RootHash.CopyTo(signed, 18);
        var signature = key.SignData(signed, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var digitallySigned = new byte[4 + signature.Length];
        digitallySigned[0] = 4;
        digitallySigned[1] = 3;
        BinaryPrimitives.WriteUInt16BigEndian(digitallySigned.AsSpan(2), (ushort)signature.Length);
        signature.CopyTo(digitallySigned, 4);
        return digitallySigned;
    }
}
