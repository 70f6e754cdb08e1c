namespace Vigie.Storage.Users;

/// <summary>API tokens for scripts: made here, kept as SHA-256, found by their secret.</summary>
internal interface IApiTokenRepository
{
    Task<CreatedToken> CreateAsync(long userId, string name, TokenScope scope, CancellationToken cancellationToken);

    /// <summary>The unrevoked token with this secret and its user, noting it as used now; null for any other secret.</summary>
    Task<TokenHolder?> AuthenticateAsync(string secret, CancellationToken cancellationToken);

    /// <summary>The tokens of one user, or of everyone when <paramref name="userId"/> is null; newest first.</summary>
    Task<IReadOnlyList<ApiToken>> ListAsync(long? userId, CancellationToken cancellationToken);

    /// <summary>Revokes the token for good; false when there is no such token or it was already revoked.</summary>
    Task<bool> RevokeAsync(long id, CancellationToken cancellationToken);
}
