namespace Vigie.Enrichment.Pages;

/// <summary>An 8-bit luminance image, row-major: what perceptual hashes are computed on.</summary>
internal sealed record GrayImage(int Width, int Height, byte[] Pixels)
{
    public byte this[int x, int y] => Pixels[(y * Width) + x];

    /// <summary>Area-average down-scaling (every source pixel counts once), as PIL's ANTIALIAS does for imagehash.</summary>
    public double[,] Resize(int width, int height)
    {
        var sums = new double[height, width];
        var counts = new int[height, width];
        for (var y = 0; y < Height; y++)
        {
            var ty = (int)((long)y * height / Height);
            for (var x = 0; x < Width; x++)
            {
                var tx = (int)((long)x * width / Width);
                sums[ty, tx] += Pixels[(y * Width) + x];
                counts[ty, tx]++;
            }
        }

        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                sums[y, x] = counts[y, x] == 0 ? 0 : sums[y, x] / counts[y, x];
            }
        }

        return sums;
    }
}
