using System.Text.RegularExpressions;

namespace Vigie.Web.Digest;

/// <summary>
/// Fake addresses as threat reports write them, "onedrive-en-marche[.]fr": no mail client or chat turns that into a
/// link, so nobody can click through to the phishing page from the digest, in HTML or in text.
/// </summary>
internal static partial class Defang
{
    public static string Name(string name) => name.Replace(".", "[.]", StringComparison.Ordinal);

    /// <summary>Every domain name in <paramref name="sentence"/> defanged, except <paramref name="genuine"/> (the real address).</summary>
    public static string Sentence(string sentence, string genuine) =>
        DomainLike().Replace(sentence, m => string.Equals(m.Value, genuine, StringComparison.OrdinalIgnoreCase) ? m.Value : Name(m.Value));

    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+")]
    private static partial Regex DomainLike();
}
