namespace Vigie.Cli.Decoy;

/// <summary>One generated decoy as `vigie decoy generate --format json` prints it: the only time its password is shown.</summary>
internal sealed record GeneratedDecoyJson(string Username, string Password);
