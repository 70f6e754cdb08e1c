namespace Vigie.Cli.Permute;

/// <summary>The arguments of `vigie permute` as given, before validation.</summary>
internal sealed record PermuteRequest(
    string Domain,
    string? Fuzzers,
    string? Subdomains,
    FileInfo? Keywords,
    FileInfo? Dictionary,
    FileInfo? Tlds,
    string Format);
