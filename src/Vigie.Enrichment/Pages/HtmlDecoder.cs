using System.Text;
using System.Text.RegularExpressions;

namespace Vigie.Enrichment.Pages;

/// <summary>
/// Turns a fetched page into text the way a browser would (WHATWG HTML, "determining the character encoding"):
/// a byte order mark first, then the charset of the Content-Type header, then a &lt;meta&gt; charset in the first
/// 1,024 bytes, else UTF-8. Phishing kits copied from French or Russian sites still come in windows-1252 or
/// windows-1251; read as UTF-8, "Vérification" loses the letters that brand and wording checks look for.
/// </summary>
internal static partial class HtmlDecoder
{
    // Legacy code pages (windows-125x, KOI8…) are not in .NET by default; the provider is part of the runtime.
    private static readonly bool CodePagesRegistered = RegisterCodePages();

    public static string Decode(ReadOnlySpan<byte> body, string? contentType)
    {
        if (FromByteOrderMark(body) is { } bom)
        {
            return bom.Encoding.GetString(body[bom.Length..]);
        }

        var encoding = FromLabel(HeaderCharset(contentType)) ?? FromMeta(body) ?? Encoding.UTF8;
        return encoding.GetString(body);
    }

    /// <summary>The encoding a WHATWG label names, or null for an unknown label.</summary>
    internal static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label) || !CodePagesRegistered)
        {
            return null;
        }

        // WHATWG Encoding §4.2: these labels all mean windows-1252, whose 0x80–0x9F are letters, not controls.
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant() switch
        {
            "iso-8859-1" or "latin1" or "l1" or "ascii" or "us-ascii" or "iso8859-1" or "cp1252" => "windows-1252",
            var other => other,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (Encoding Encoding, int Length)? FromByteOrderMark(ReadOnlySpan<byte> body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        _ => null,
    };

    private static string? HeaderCharset(string? contentType) =>
        contentType is null ? null : CharsetParameter().Match(contentType) is { Success: true } m ? m.Groups[1].Value : null;

    private static Encoding? FromMeta(ReadOnlySpan<byte> body)
    {
        // The prescan reads bytes as ASCII; Latin-1 maps each byte to one char, so nothing throws on odd bytes.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 1024)]);
        var meta = MetaCharset().Match(head);
        if (!meta.Success)
        {
            return null;
        }

        // A page that reached the prescan is ASCII-compatible, so a declared UTF-16 really means UTF-8 (WHATWG).
        var encoding = FromLabel(meta.Groups[1].Value);
        return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
    }

    private static bool RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
