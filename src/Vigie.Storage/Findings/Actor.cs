namespace Vigie.Storage.Findings;

/// <summary>Who does something: a signed-in user (with their id) or a command or service (no id).</summary>
internal sealed record Actor(string Name, long? UserId = null);
