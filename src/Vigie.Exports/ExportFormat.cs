namespace Vigie.Exports;

/// <summary>What `vigie export --format` and GET /api/v1/exports/{format} write (README, "vigie export").</summary>
internal enum ExportFormat
{
    Csv,
    Json,
    Stix,
    Misp,
    Rpz,
    Hosts,
    Adblock,
    Domains,
}
