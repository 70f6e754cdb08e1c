namespace Vigie.Core.Permutations;

/// <summary>What to generate for one domain.</summary>
internal sealed record PermutationOptions
{
    public static PermutationOptions Default { get; } = new();

    /// <summary>The techniques to run, by name (<see cref="Techniques.All"/>); null runs every one.</summary>
    public IReadOnlyList<string>? Fuzzers { get; init; }

    /// <summary>Known subdomains of the organisation ("onedrive", "mail"): flattened with a hyphen and stacked with typos.</summary>
    public IReadOnlyList<string> Subdomains { get; init; } = [];

    /// <summary>Service words added to the built-in English and French list for combosquatting.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Words for the dnstwist "dictionary" technique; empty uses the built-in English and French dictionaries.</summary>
    public IReadOnlyList<string> Dictionary { get; init; } = [];

    /// <summary>TLDs for "tld-swap"; empty uses the built-in common and abused TLD lists.</summary>
    public IReadOnlyList<string> Tlds { get; init; } = [];
}
