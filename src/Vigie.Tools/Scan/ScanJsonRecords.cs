namespace Vigie.Cli.Scan;

internal sealed record ScanJsonRecords(
    IReadOnlyList<string> Ns,
    IReadOnlyList<string> Soa,
    IReadOnlyList<string> A,
    IReadOnlyList<string> Aaaa,
    IReadOnlyList<string> Mx,
    IReadOnlyList<string> Cname,
    IReadOnlyList<string> Spf,
    IReadOnlyList<string> Dmarc);
