using MimeKit;

namespace Vigie.Web.Digest;

/// <summary>A digest ready to send: what it says, its MIME body, and a warning when its pictures could not be shrunk.</summary>
internal sealed record DigestBuild(DigestContent Content, MimeEntity Body, string? Warning);
