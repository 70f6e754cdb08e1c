namespace Vigie.Storage.Database;

/// <summary>A lock taken by <see cref="VigieDatabase.TryLockAsync"/>, held until disposed.</summary>
internal interface IHeldLock : IAsyncDisposable
{
    /// <summary>
    /// Whether the lock is still this holder's. PostgreSQL's advisory lock lives as long as the session holding it: once
    /// that session ends (the server restarted, the network was cut, pg_terminate_backend), another process may take it,
    /// and the holder must stop the work it guards.
    /// </summary>
    Task<bool> IsHeldAsync(CancellationToken cancellationToken);
}
