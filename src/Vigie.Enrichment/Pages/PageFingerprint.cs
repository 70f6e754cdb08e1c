namespace Vigie.Enrichment.Pages;

/// <summary>What a page looks like (perceptual hashes of its screenshot) and how it is built (its DOM shape).</summary>
internal sealed record PageFingerprint(ulong PHash, ulong DHash, DomShape Shape)
{
    public static PageFingerprint Of(byte[] png, DomShape shape)
    {
        var gray = PngDecoder.DecodeGray(png);
        return new PageFingerprint(PerceptualHash.PHash(gray), PerceptualHash.DHash(gray), shape);
    }
}
