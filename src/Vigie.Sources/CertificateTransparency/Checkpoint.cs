using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// A static-ct-api checkpoint: a C2SP signed note whose body is origin, tree size and base64 root hash
/// (C2SP tlog-checkpoint), signed by the log with an RFC6962NoteSignature (C2SP static-ct-api,
/// "Checkpoints"): key ID = SHA-256(origin || "\n" || 0x05 || log ID)[:4] with log ID = SHA-256(SPKI), then a uint64 timestamp and the
/// RFC 6962 DigitallySigned tree head signature.
/// </summary>
internal static class Checkpoint
{
    private const string SignaturePrefix = "\u2014 ";

    /// <summary>Parses the note and verifies the log's signature; throws naming what is wrong.</summary>
    public static SignedTreeHead ParseAndVerify(byte[] note, string origin, byte[] subjectPublicKeyInfo)
    {
        var text = Encoding.UTF8.GetString(note);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            throw new CtFormatException("checkpoint: no blank line between the body and its signatures (C2SP signed-note)");
        }

        var body = text[..(split + 1)];
        var lines = body.Split('\n');
        if (lines.Length < 4 || lines[0] != origin)
        {
            throw new CtFormatException($"checkpoint: origin '{(lines.Length > 0 ? lines[0] : "")}' is not the log's '{origin}'");
        }

        if (!long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            throw new CtFormatException($"checkpoint: tree size '{lines[1]}' is not a number");
        }

        var root = Base64(lines[2], "root hash");
        var keyId = KeyId(origin, subjectPublicKeyInfo);
        foreach (var line in text[(split + 2)..].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!line.StartsWith(SignaturePrefix + origin + " ", StringComparison.Ordinal))
            {
                continue;
            }

            var signature = Base64(line[(SignaturePrefix.Length + origin.Length + 1)..], "signature");
            if (signature.Length < 12 || !signature.AsSpan(0, 4).SequenceEqual(keyId))
            {
                continue;
            }

            var timestamp = BinaryPrimitives.ReadInt64BigEndian(signature.AsSpan(4, 8));
            var head = new SignedTreeHead(size, timestamp, root);
            if (!TreeHeadSignature.Verify(subjectPublicKeyInfo, head, signature.AsSpan(12)))
            {
                throw new CtFormatException("checkpoint: the log's signature does not verify");
            }

            return head;
        }

        throw new CtFormatException($"checkpoint: no signature by the log's key for '{origin}'");
    }

    /// <summary>The origin line a tiled log uses: its monitoring URL without scheme and trailing slash.</summary>
    public static string OriginOf(Uri monitoringUrl) => (monitoringUrl.Authority + monitoringUrl.AbsolutePath).TrimEnd('/');

    private static byte[] KeyId(string origin, byte[] subjectPublicKeyInfo)
    {
        var input = new List<byte>(Encoding.UTF8.GetBytes(origin)) { 0x0A, 0x05 };
        input.AddRange(SHA256.HashData(subjectPublicKeyInfo));
        return SHA256.HashData(input.ToArray())[..4];
    }

    private static byte[] Base64(string value, string what)
    {
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException e)
        {
            throw new CtFormatException($"checkpoint: {what} is not base64", e);
        }
    }
}
