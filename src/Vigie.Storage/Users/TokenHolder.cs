namespace Vigie.Storage.Users;

/// <summary>A valid token and the user it acts for.</summary>
internal sealed record TokenHolder(ApiToken Token, User User);
