namespace Vigie.Storage.Investigations;

/// <summary>A finding to investigate, why ("new", "daily re-check", "DNS changed: …") and from when.</summary>
internal sealed record InvestigationRequest(long FindingId, string Reason, DateTimeOffset DueAt);
