using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Vigie.Storage.Database;

namespace Vigie.Storage.Users;

/// <summary>Users in SQLite or PostgreSQL.</summary>
internal sealed class UserRepository(VigieDatabase database, TimeProvider time) : IUserRepository
{
    internal const string Columns = "id, name, password_hash, security_stamp, role, failed_sign_ins, locked_until, language, created_at, updated_at";

    public async Task<User> CreateAsync(string name, string passwordHash, UserRole role, string? language, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > 100 || trimmed.Any(char.IsControl))
        {
            throw new RejectedException("user name: give 1 to 100 printable characters");
        }

        var now = StoredTime.Format(time.GetUtcNow());
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var insert = connection.Command("""
            INSERT INTO users (name, normalized_name, password_hash, security_stamp, role, language, created_at, updated_at)
            VALUES (@n, @k, @h, @stamp, @r, @l, @at, @at) ON CONFLICT (normalized_name) DO NOTHING RETURNING id
            """).With("@n", trimmed).With("@k", Normalize(trimmed)).With("@h", passwordHash).With("@stamp", NewStamp())
            .With("@r", StoredEnum<UserRole>.Format(role)).With("@l", language).With("@at", now);
        if (await insert.ExecuteScalarAsync(cancellationToken) is not { } inserted || inserted is DBNull)
        {
            throw new RejectedException($"user name '{trimmed}': another user has it");
        }

        return (await GetAsync(Convert.ToInt64(inserted, CultureInfo.InvariantCulture), cancellationToken))!;
    }

    public async Task<User?> GetAsync(long id, CancellationToken cancellationToken) =>
        (await ReadAsync($"SELECT {Columns} FROM users WHERE id = @id", c => c.With("@id", id), cancellationToken)).FirstOrDefault();

    public async Task<User?> FindByNameAsync(string name, CancellationToken cancellationToken) =>
        (await ReadAsync($"SELECT {Columns} FROM users WHERE normalized_name = @k", c => c.With("@k", Normalize(name.Trim())), cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken) =>
        await ReadAsync($"SELECT {Columns} FROM users ORDER BY normalized_name", _ => { }, cancellationToken);

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var count = connection.Command("SELECT COUNT(*) FROM users");
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public Task<bool> SetPasswordHashAsync(long id, string passwordHash, CancellationToken cancellationToken) =>
        UpdateAsync(id, "password_hash = @v, security_stamp = @stamp", c => c.With("@v", passwordHash).With("@stamp", NewStamp()), cancellationToken);

    public Task<bool> SetRoleAsync(long id, UserRole role, CancellationToken cancellationToken) =>
        UpdateAsync(id, "role = @v", c => c.With("@v", StoredEnum<UserRole>.Format(role)), cancellationToken);

    public Task<bool> SetLanguageAsync(long id, string? language, CancellationToken cancellationToken) =>
        UpdateAsync(id, "language = @v", c => c.With("@v", language), cancellationToken);

    public async Task<User?> RecordFailedSignInAsync(long id, int maxFailures, TimeSpan lockout, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await UpdateAsync(id, """
            locked_until = CASE WHEN failed_sign_ins + 1 >= @max THEN @until ELSE locked_until END,
            failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= @max THEN 0 ELSE failed_sign_ins + 1 END
            """, c => c.With("@max", (long)maxFailures).With("@until", StoredTime.Format(now + lockout)), cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public Task RecordSignInAsync(long id, CancellationToken cancellationToken) =>
        UpdateAsync(id, "failed_sign_ins = 0, locked_until = NULL", _ => { }, cancellationToken);

    private static string Normalize(string name) => name.ToUpperInvariant();

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private async Task<bool> UpdateAsync(long id, string set, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var update = connection.Command($"UPDATE users SET {set}, updated_at = @updated WHERE id = @id")
            .With("@updated", StoredTime.Format(time.GetUtcNow())).With("@id", id);
        parameters(update);
        return await update.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private async Task<List<User>> ReadAsync(string sql, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        var users = new List<User>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command(sql);
        parameters(select);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(Read(reader, 0));
        }

        return users;
    }

    /// <summary>A user from the <see cref="Columns"/> starting at <paramref name="at"/>.</summary>
    internal static User Read(DbDataReader r, int at) => new(
        r.GetInt64(at),
        r.GetString(at + 1),
        r.GetString(at + 2),
        r.GetString(at + 3),
        StoredEnum<UserRole>.Parse(r.GetString(at + 4)),
        (int)r.GetInt64(at + 5),
        r.IsDBNull(at + 6) ? null : StoredTime.Parse(r.GetString(at + 6)),
        r.IsDBNull(at + 7) ? null : r.GetString(at + 7),
        StoredTime.Parse(r.GetString(at + 8)),
        StoredTime.Parse(r.GetString(at + 9)));
}
