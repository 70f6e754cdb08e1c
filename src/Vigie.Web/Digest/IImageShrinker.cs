namespace Vigie.Web.Digest;

/// <summary>Makes a screenshot small enough for an e-mail: narrower, its top part only, re-encoded.</summary>
internal interface IImageShrinker
{
    Task<DigestImage> ShrinkAsync(DigestImage image, CancellationToken cancellationToken);
}
