namespace Vigie.Storage.Users;

/// <summary>A new token and its secret, which exists only here: show it once, it cannot be read back.</summary>
internal sealed record CreatedToken(ApiToken Token, string Secret);
