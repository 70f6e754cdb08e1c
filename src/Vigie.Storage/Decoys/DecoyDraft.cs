namespace Vigie.Storage.Decoys;

/// <summary>A decoy to store: the user name (lower case) and the password already hashed; the clear password never reaches the store.</summary>
internal sealed record DecoyDraft(long? FindingId, string Username, string PasswordHash, DateTimeOffset CreatedAt);
