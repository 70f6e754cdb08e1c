namespace Vigie.Cli.Decoy;

/// <summary>One decoy as `vigie decoy list --format json` prints it (never a password: the store has none).</summary>
internal sealed record DecoyRowJson(long Id, string Username, long? Finding, string? Page, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, string? Status, int Uses);
