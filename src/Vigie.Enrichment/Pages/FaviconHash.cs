using System.Security.Cryptography;
using System.Text;

namespace Vigie.Enrichment.Pages;

/// <summary>
/// A site icon's fingerprints: its SHA-256, the Shodan-style MurmurHash3 of its base64 (<see cref="MurmurHash3"/>),
/// and a perceptual hash when the image can be decoded (<see cref="IconDecoder"/>), which survives re-encoding and
/// resizing where the two exact hashes do not.
/// </summary>
internal sealed record FaviconHash(string Sha256, int Mmh3, ulong? PHash)
{
    /// <summary>From this many equal bits of 64 two icons are the same picture (imagehash users take 6–10 bits apart).</summary>
    private const double SamePictureSimilarity = 0.9;

    public static FaviconHash Of(ReadOnlySpan<byte> icon) => new(
        Convert.ToHexStringLower(SHA256.HashData(icon)),
        MurmurHash3.Hash32(Encoding.ASCII.GetBytes(Base64Lines(icon))),
        IconDecoder.TryDecode(icon) is { } image ? PerceptualHash.PHash(image) : null);

    /// <summary>The same file: what a kit that copied the brand's icon serves.</summary>
    public bool SameBytes(FaviconHash other) => Sha256 == other.Sha256;

    /// <summary>
    /// The same picture re-encoded or resized. Weaker than the same bytes: icons are small and simple, so two
    /// different plain shapes can hash alike.
    /// </summary>
    public bool SamePicture(FaviconHash other) =>
        PHash is { } a && other.PHash is { } b && PerceptualHash.Similarity(a, b) >= SamePictureSimilarity;

    /// <summary>
    /// Base64 in lines of 76 characters, each ending in a newline, as Python's base64.encodebytes writes it (RFC 2045
    /// §6.8 line length): the text Shodan hashes, so the hash only agrees when the lines do.
    /// </summary>
    private static string Base64Lines(ReadOnlySpan<byte> icon)
    {
        var text = Convert.ToBase64String(icon);
        var lines = new StringBuilder(text.Length + (text.Length / 76) + 1);
        for (var i = 0; i < text.Length; i += 76)
        {
            lines.Append(text, i, Math.Min(76, text.Length - i)).Append('\n');
        }

        return lines.ToString();
    }
}
