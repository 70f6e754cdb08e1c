using Vigie.Storage.Alerts;

namespace Vigie.Storage.Takedowns;

/// <summary>The takedown requests of findings and the follow-ups that fall due.</summary>
internal interface ITakedownRepository
{
    Task<TakedownRequest> AddAsync(long findingId, IReadOnlyList<string> recipients, string language, bool sent, string actor, DateTimeOffset followUpAt, CancellationToken cancellationToken);

    /// <summary>Every request of the finding, oldest first.</summary>
    Task<IReadOnlyList<TakedownRequest>> ListAsync(long findingId, CancellationToken cancellationToken);

    /// <summary>The latest request of each finding still in state takedown_requested whose follow-up date has passed, oldest due first.</summary>
    Task<IReadOnlyList<TakedownRequest>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the request reminded for the follow-up date <paramref name="dueAt"/> and publishes <paramref name="reminder"/>
    /// in the same transaction; false, publishing nothing, when it was already reminded for that date or a later one.
    /// </summary>
    Task<bool> RemindAsync(long requestId, DateTimeOffset dueAt, AlertEventDraft reminder, CancellationToken cancellationToken);
}
