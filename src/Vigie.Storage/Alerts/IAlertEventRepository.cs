namespace Vigie.Storage.Alerts;

/// <summary>The events of the alert outbox, read and routed by `vigie serve`'s alert dispatcher.</summary>
internal interface IAlertEventRepository
{
    /// <summary>Stores an event in its own transaction (<see cref="AlertEventWriter"/> for a caller's); false when its key is known.</summary>
    Task<bool> PublishAsync(AlertEventDraft draft, CancellationToken cancellationToken);

    /// <summary>Events not routed yet, oldest first.</summary>
    Task<IReadOnlyList<AlertEvent>> UnroutedAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Queues the event's deliveries and marks it routed, in one transaction: an event is routed once, even across a crash.</summary>
    Task RouteAsync(AlertEvent alertEvent, IReadOnlyList<AlertDeliveryDraft> deliveries, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="channel"/> was given an alert of <paramref name="topic"/> on the finding since <paramref name="since"/> (duplicate suppression).</summary>
    Task<bool> SentRecentlyAsync(string channel, long findingId, string topic, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Deletes routed events and delivered alerts older than <paramref name="before"/>; returns the rows deleted.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
