using System.Globalization;

namespace Vigie.Enrichment.Pages;

/// <summary>How close a suspect page is to one genuine page: visual (hashes), structural (DOM) and combined, 0 to 1.</summary>
internal sealed record CloneMatch(Uri Genuine, double Visual, double Structure, double Similarity, bool IsCopy)
{
    public int Percent => (int)Math.Round(Similarity * 100);

    public string Explanation => IsCopy
        ? string.Create(CultureInfo.InvariantCulture, $"copy of {Genuine}, {Percent}% similar")
        : string.Create(CultureInfo.InvariantCulture, $"closest genuine page {Genuine}, {Percent}% similar (not a copy)");
}
