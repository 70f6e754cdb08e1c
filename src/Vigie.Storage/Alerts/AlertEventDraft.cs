namespace Vigie.Storage.Alerts;

/// <summary>
/// An event to alert on that no table change shows by itself (a decoy used, a source failing for long).
/// <paramref name="Key"/> identifies the occurrence: publishing the same key twice stores one event, so a caller
/// may publish again after a crash without a second alert. <paramref name="Detail"/> is one line for people.
/// </summary>
internal sealed record AlertEventDraft(AlertEventKind Kind, long? OrganisationId, long? FindingId, string Key, string Detail, DateTimeOffset OccurredAt);
