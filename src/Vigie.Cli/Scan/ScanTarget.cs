namespace Vigie.Cli.Scan;

/// <summary>One name to sweep and the permutation techniques that produced it (empty for names read from a file).</summary>
internal sealed record ScanTarget(string Name, IReadOnlyList<string> Techniques);
