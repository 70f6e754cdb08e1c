namespace Vigie.Web.Digest;

/// <summary>Pictures as stored, when no browser is there to shrink them (the size limit then leaves more of them out).</summary>
internal sealed class OriginalImages : IImageShrinker
{
    public Task<DigestImage> ShrinkAsync(DigestImage image, CancellationToken cancellationToken) => Task.FromResult(image);
}
