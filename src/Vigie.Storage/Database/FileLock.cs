namespace Vigie.Storage.Database;

/// <summary>SQLite's lock: a file beside the database opened without sharing (flock), held while this process keeps it open.</summary>
internal sealed class FileLock(FileStream file) : IHeldLock
{
    public Task<bool> IsHeldAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public ValueTask DisposeAsync() => file.DisposeAsync();
}
