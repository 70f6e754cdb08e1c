namespace Vigie.Storage.Users;

/// <summary>Dashboard users. Names are unique regardless of case.</summary>
internal interface IUserRepository
{
    /// <summary>Stores a new user; <see cref="RejectedException"/> when the name is empty, too long or taken.</summary>
    Task<User> CreateAsync(string name, string passwordHash, UserRole role, string? language, CancellationToken cancellationToken);

    Task<User?> GetAsync(long id, CancellationToken cancellationToken);

    Task<User?> FindByNameAsync(string name, CancellationToken cancellationToken);

    /// <summary>Every user, by name.</summary>
    Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken);

    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>A new password hash, and a new security stamp with it.</summary>
    Task<bool> SetPasswordHashAsync(long id, string passwordHash, CancellationToken cancellationToken);

    Task<bool> SetRoleAsync(long id, UserRole role, CancellationToken cancellationToken);

    Task<bool> SetLanguageAsync(long id, string? language, CancellationToken cancellationToken);

    /// <summary>
    /// Counts a failed sign-in; the <paramref name="maxFailures"/>-th in a row locks the user out for
    /// <paramref name="lockout"/> and starts the count again. Returns the user as now stored.
    /// </summary>
    Task<User?> RecordFailedSignInAsync(long id, int maxFailures, TimeSpan lockout, CancellationToken cancellationToken);

    /// <summary>A successful sign-in: the failure count goes back to zero and any lockout ends.</summary>
    Task RecordSignInAsync(long id, CancellationToken cancellationToken);
}
