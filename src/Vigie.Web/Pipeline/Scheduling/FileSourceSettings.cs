namespace Vigie.Web.Pipeline.Scheduling;

/// <summary>
/// The `nrd:` and `zones:` sections of the serve configuration (README, "The pipeline: sweeps, NRD lists and zone
/// files"): files or http(s) URLs fetched on a schedule (UTC), each on its own.
/// </summary>
internal sealed record FileSourceSettings(IReadOnlyList<string> Locations, Schedule Schedule, TimeSpan MaxBackoff)
{
    /// <summary>For `vigie serve --check-config`.</summary>
    public string Describe() => $"{string.Join(", ", Locations)} at '{Schedule}' (UTC)";
}
