using System.Globalization;
using System.Text;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Tile paths of C2SP tlog-tiles: the tile number in groups of three digits, all but the last prefixed
/// with "x" (1234067 → x001/x234/067), and ".p/W" for a partial tile of W entries.
/// </summary>
internal static class TilePath
{
    public const int Width = 256;

    /// <summary>The path of tile number <paramref name="tile"/> of <paramref name="kind"/> ("data", "names" or a hash level "0", "1", …), partial when <paramref name="width"/> is below 256.</summary>
    public static string For(string kind, long tile, int width = Width)
    {
        var path = new StringBuilder("tile/").Append(kind).Append('/');
        var digits = tile.ToString(CultureInfo.InvariantCulture);
        digits = digits.PadLeft((digits.Length + 2) / 3 * 3, '0');
        for (var i = 0; i < digits.Length; i += 3)
        {
            if (i + 3 < digits.Length)
            {
                path.Append('x');
            }

            path.Append(digits, i, 3);
            if (i + 3 < digits.Length)
            {
                path.Append('/');
            }
        }

        if (width < Width)
        {
            path.Append(".p/").Append(width.ToString(CultureInfo.InvariantCulture));
        }

        return path.ToString();
    }

    /// <summary>The tile number of a path such as ".../tile/data/x001/234" or "tile/data/003.p/10"; null when it is not a tile path.</summary>
    public static long? TileNumber(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        var at = Array.LastIndexOf(parts, "tile");
        if (at < 0 || at + 2 >= parts.Length)
        {
            return null;
        }

        long number = 0;
        for (var i = at + 2; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.EndsWith(".p", StringComparison.Ordinal))
            {
                part = part[..^2];
            }
            else if (i > at + 2 && parts[i - 1].EndsWith(".p", StringComparison.Ordinal))
            {
                break;
            }

            part = part.TrimStart('x');
            if (part.Length != 3 || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var group))
            {
                return null;
            }

            number = number * 1000 + group;
        }

        return number;
    }
}
