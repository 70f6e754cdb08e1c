using Vigie.Storage.Findings;

namespace Vigie.Web.Digest;

/// <summary>
/// One finding of the digest with the pictures it may carry: the fake page's screenshot and the genuine page's (both
/// PNG or JPEG bytes; null when not captured), and where the genuine page is.
/// </summary>
internal sealed record DigestItem(Finding Finding, DigestImage? Fake, DigestImage? Genuine, string? GenuineUrl);
