namespace Vigie.Storage.Alerts;

/// <summary>An event of the outbox not yet routed to the channels (<see cref="IAlertEventRepository"/>).</summary>
internal sealed record AlertEvent(long Id, AlertEventKind Kind, long? OrganisationId, long? FindingId, string Key, string Detail, DateTimeOffset OccurredAt);
