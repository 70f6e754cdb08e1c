namespace Vigie.Web.Digest;

/// <summary>A picture for the digest, with its media type ("image/png", "image/jpeg") and size in pixels.</summary>
internal sealed record DigestImage(byte[] Content, string MediaType, int Width, int Height);
