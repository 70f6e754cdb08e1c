using System.Security.Cryptography;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Google signs each v3 list with RSA PKCS#1 v1.5 over SHA-256 (the .sig beside log_list.json and
/// all_logs_list.json); a list that does not verify against the bundled key is refused.
/// </summary>
internal static class LogListSignature
{
    public static void Verify(ReadOnlySpan<byte> list, ReadOnlySpan<byte> signature, string publicKeyPem)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(publicKeyPem);
        if (!rsa.VerifyData(list, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            throw new CtFormatException("Google log list signature does not verify with the bundled key: refusing the list");
        }
    }
}
