namespace Vigie.Storage.Users;

/// <summary>An API token of a user, without its secret (only the secret's SHA-256 is stored).</summary>
internal sealed record ApiToken(
    long Id,
    long UserId,
    string Name,
    TokenScope Scope,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt);
