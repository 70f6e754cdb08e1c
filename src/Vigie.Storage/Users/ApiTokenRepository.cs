using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vigie.Storage.Database;

namespace Vigie.Storage.Users;

/// <summary>
/// API tokens: 32 random bytes, base64url, behind a "vigie_" prefix that secret scanners can look for. Only the
/// SHA-256 of the secret is stored: the secret has the full entropy of its random bytes, so a slow password hash
/// would add nothing but latency to every API call.
/// </summary>
internal sealed class ApiTokenRepository(VigieDatabase database, TimeProvider time) : IApiTokenRepository
{
    private const string Prefix = "vigie_";
    private const string Columns = "t.id, t.user_id, t.name, t.scope, t.created_at, t.last_used_at, t.revoked_at";

    public async Task<CreatedToken> CreateAsync(long userId, string name, TokenScope scope, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > 100 || trimmed.Any(char.IsControl))
        {
            throw new RejectedException("token name: give 1 to 100 printable characters");
        }

        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var insert = connection.Command("""
            INSERT INTO api_tokens (user_id, name, token_hash, scope, created_at) VALUES (@u, @n, @h, @s, @at) RETURNING id
            """).With("@u", userId).With("@n", trimmed).With("@h", Hash(secret)).With("@s", StoredEnum<TokenScope>.Format(scope)).With("@at", StoredTime.Format(now));
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return new CreatedToken(new ApiToken(id, userId, trimmed, scope, StoredTime.Parse(StoredTime.Format(now)), null, null), secret);
    }

    public async Task<TokenHolder?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var now = StoredTime.Format(time.GetUtcNow());
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var touch = connection.Command("UPDATE api_tokens SET last_used_at = @at WHERE token_hash = @h AND revoked_at IS NULL RETURNING id")
            .With("@at", now).With("@h", Hash(secret));
        if (await touch.ExecuteScalarAsync(cancellationToken) is not { } found || found is DBNull)
        {
            return null;
        }

        await using var select = connection.Command($"SELECT {Columns}, u.{UserRepository.Columns.Replace(", ", ", u.", StringComparison.Ordinal)} FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.id = @id")
            .With("@id", Convert.ToInt64(found, CultureInfo.InvariantCulture));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new TokenHolder(Read(reader), UserRepository.Read(reader, 7)) : null;
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(long? userId, CancellationToken cancellationToken)
    {
        var tokens = new List<ApiToken>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var select = connection.Command($"SELECT {Columns} FROM api_tokens t{(userId is null ? "" : " WHERE t.user_id = @u")} ORDER BY t.id DESC");
        if (userId is { } user)
        {
            select.With("@u", user);
        }

        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens.Add(Read(reader));
        }

        return tokens;
    }

    public async Task<bool> RevokeAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var update = connection.Command("UPDATE api_tokens SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL")
            .With("@at", StoredTime.Format(time.GetUtcNow())).With("@id", id);
        return await update.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static ApiToken Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), StoredEnum<TokenScope>.Parse(r.GetString(3)), StoredTime.Parse(r.GetString(4)),
        r.IsDBNull(5) ? null : StoredTime.Parse(r.GetString(5)), r.IsDBNull(6) ? null : StoredTime.Parse(r.GetString(6)));
}
