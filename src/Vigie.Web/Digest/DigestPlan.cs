using Cronos;

namespace Vigie.Web.Digest;

/// <summary>The digest of one organisation as configured: recipients, language, schedule (in its time zone) and contact.</summary>
internal sealed record DigestPlan(IReadOnlyList<string> To, string Language, CronExpression Schedule, string? Contact);
