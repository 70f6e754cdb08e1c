namespace Vigie.Enrichment.Pages;

/// <summary>
/// Compares a suspect page with every genuine page and keeps the closest. A copy must look the same (pHash and
/// dHash agree) and, when both DOMs are known, be built alike: a parked page or a generic sign-in page of another
/// brand can share a white background and a centred box, but not the markup as well.
/// </summary>
internal static class CloneDetector
{
    /// <summary>Visual similarity from which two screenshots are taken to show the same page.</summary>
    public const double VisualThreshold = 0.85;

    /// <summary>DOM similarity a copy must also reach when both DOMs are known.</summary>
    public const double StructureThreshold = 0.5;

    public static CloneMatch? Closest(PageFingerprint suspect, IReadOnlyList<GenuinePage> genuine) =>
        genuine.Select(g => Compare(suspect, g)).MaxBy(m => m.Similarity);

    public static CloneMatch Compare(PageFingerprint suspect, GenuinePage genuine)
    {
        var visual = (PerceptualHash.Similarity(suspect.PHash, genuine.Fingerprint.PHash)
            + PerceptualHash.Similarity(suspect.DHash, genuine.Fingerprint.DHash)) / 2;
        var bothShapes = suspect.Shape.Shingles.Count > 0 && genuine.Fingerprint.Shape.Shingles.Count > 0;
        var structure = bothShapes ? suspect.Shape.SimilarityTo(genuine.Fingerprint.Shape) : 0;
        var similarity = bothShapes ? (0.7 * visual) + (0.3 * structure) : visual;
        var isCopy = visual >= VisualThreshold && (!bothShapes || structure >= StructureThreshold);
        return new CloneMatch(genuine.Url, visual, structure, similarity, isCopy);
    }
}
