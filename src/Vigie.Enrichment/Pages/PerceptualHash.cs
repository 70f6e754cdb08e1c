using System.Numerics;

namespace Vigie.Enrichment.Pages;

/// <summary>
/// 64-bit perceptual hashes as the imagehash library computes them (pHash: 32×32 grey, 2-D DCT-II, the 8×8
/// lowest frequencies against their median; dHash: 9×8 grey, each pixel brighter than its left neighbour).
/// </summary>
internal static class PerceptualHash
{
    public static ulong PHash(GrayImage image)
    {
        const int size = 32, low = 8;
        var pixels = image.Resize(size, size);
        var dct = Dct2D(pixels, size);
        var values = new double[low * low];
        for (var y = 0; y < low; y++)
        {
            for (var x = 0; x < low; x++)
            {
                values[(y * low) + x] = dct[y, x];
            }
        }

        var sorted = values.Order().ToArray();
        var median = (sorted[31] + sorted[32]) / 2;
        return Bits(values.Select(v => v > median));
    }

    public static ulong DHash(GrayImage image)
    {
        var pixels = image.Resize(9, 8);
        var bits = new List<bool>(64);
        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                bits.Add(pixels[y, x + 1] > pixels[y, x]);
            }
        }

        return Bits(bits);
    }

    /// <summary>1 for identical hashes, 0 when every bit differs.</summary>
    public static double Similarity(ulong a, ulong b) => 1 - (BitOperations.PopCount(a ^ b) / 64.0);

    private static double[,] Dct2D(double[,] input, int n)
    {
        var rows = new double[n, n];
        var output = new double[n, n];
        for (var y = 0; y < n; y++)
        {
            for (var k = 0; k < n; k++)
            {
                rows[y, k] = Dct(i => input[y, i], k, n);
            }
        }

        for (var x = 0; x < n; x++)
        {
            for (var k = 0; k < n; k++)
            {
                output[k, x] = Dct(i => rows[i, x], k, n);
            }
        }

        return output;
    }

    /// <summary>Unnormalised DCT-II (scipy.fftpack.dct type 2, as imagehash calls it): only signs against the median matter.</summary>
    private static double Dct(Func<int, double> value, int k, int n)
    {
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += value(i) * Math.Cos(Math.PI * k * ((2 * i) + 1) / (2 * n));
        }

        return 2 * sum;
    }

    private static ulong Bits(IEnumerable<bool> bits)
    {
        ulong hash = 0;
        foreach (var bit in bits)
        {
            hash = (hash << 1) | (bit ? 1UL : 0UL);
        }

        return hash;
    }
}
