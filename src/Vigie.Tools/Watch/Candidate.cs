namespace Vigie.Cli.Watch;

/// <summary>A name a source saw, and where ("ct:LOG#INDEX", "nrd:FILE:LINE").</summary>
internal sealed record Candidate(string Name, string Source);
