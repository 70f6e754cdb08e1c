using Cronos;

namespace Vigie.Web.Digest;

/// <summary>One organisation's entry under `digest: organisations:`: who gets its digest, and what differs from the section's defaults.</summary>
internal sealed record DigestRecipients(IReadOnlyList<string> To, string? Language, CronExpression? Schedule, string? Contact);
