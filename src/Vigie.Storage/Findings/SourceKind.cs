namespace Vigie.Storage.Findings;

/// <summary>What reported a finding: a DNS sweep of permutations, a CT log, a newly registered domain list, a zone diff, a person.</summary>
internal enum SourceKind
{
    Sweep,
    Ct,
    Nrd,
    Zone,
    Manual,
}
