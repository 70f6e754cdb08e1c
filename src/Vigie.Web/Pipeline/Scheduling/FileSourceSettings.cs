namespace Vigie.Web.Pipeline.Scheduling;

/// <summary>
/// The `nrd:` and `zones:` sections of the serve configuration (README, "The pipeline: sweeps, NRD lists and zone
/// files"): files or http(s) URLs fetched on a schedule (UTC), each on its own.
/// </summary>
internal sealed record FileSourceSettings(IReadOnlyList<string> Locations, Schedule Schedule, TimeSpan MaxBackoff)
{
    /// <summary>NRD lists come out daily at hours of their own; a list fetched again unchanged is not read again.</summary>
    public const string NrdSchedule = "@hourly";

    /// <summary>Registries publish their zones once a day.</summary>
    public const string ZonesSchedule = "@daily";

    /// <summary>For `vigie serve --check-config`.</summary>
    public string Describe() => $"{string.Join(", ", Locations)} at '{Schedule}' (UTC)";
}
