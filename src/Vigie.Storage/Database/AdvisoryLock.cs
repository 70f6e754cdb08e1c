using System.Data;
using Npgsql;

namespace Vigie.Storage.Database;

/// <summary>
/// A PostgreSQL session advisory lock, on a connection kept open for it. Unlocked explicitly: the pooled connection
/// outlives its Dispose, and with it the session's locks. One query at a time on the connection (the holder's check
/// and its keep-alive may ask together).
/// </summary>
internal sealed class AdvisoryLock(NpgsqlConnection connection, long key) : IHeldLock
{
    private readonly SemaphoreSlim one = new(1, 1);

    public async Task<bool> IsHeldAsync(CancellationToken cancellationToken)
    {
        await one.WaitAsync(cancellationToken);
        try
        {
            // The session is alive, so its lock is: nobody but the session can release a session-level advisory lock.
            await using var ping = connection.CreateCommand();
            ping.CommandText = "SELECT 1";
            await ping.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // Broken (terminated, cut) or closed: the server ended the session and released the lock with it.
            return false;
        }
        finally
        {
            one.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await using (connection)
        {
            if (connection.State == ConnectionState.Open)
            {
                try
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = "SELECT pg_advisory_unlock(@key)";
                    command.Parameters.AddWithValue("key", key);
                    await command.ExecuteScalarAsync();
                }
                catch (NpgsqlException)
                {
                    // The session died meanwhile, and its lock with it.
                }
            }
        }

        one.Dispose();
    }
}
