using System.Globalization;
using System.Net;
using Vigie.Web.Pipeline.Scheduling;

namespace Vigie.Web.Pipeline.Sweeps;

/// <summary>
/// The `sweeps:` section of the serve configuration (README, "The pipeline: sweeps"): when each organisation's
/// permutations are swept in DNS (in the organisation's time zone) and how, with the options of `vigie scan`.
/// </summary>
internal sealed record SweepSettings
{
    public const string DefaultSchedule = "0 3 * * *";

    public Schedule Schedule { get; init; } = Schedule.Read(DefaultSchedule, "default");

    /// <summary>Recursive servers; empty: those of /etc/resolv.conf.</summary>
    public IReadOnlyList<IPEndPoint> NameServers { get; init; } = [];

    /// <summary>Names resolved at once.</summary>
    public int Concurrency { get; init; } = 64;

    /// <summary>Queries per second per server (0: no limit); null: none on loopback, 1,500 otherwise, as `vigie scan`.</summary>
    public double? Rate { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    public int Retries { get; init; } = 2;

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>For `vigie serve --check-config`.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"every organisation's permutations at '{Schedule}' (its time zone) via {(NameServers.Count == 0 ? "/etc/resolv.conf" : string.Join(", ", NameServers))}, "
        + $"{Concurrency} at once, {(Rate is { } rate ? (rate == 0 ? "no rate limit" : $"{rate} queries/s per server") : "default rate")}, timeout {Timeout.TotalMilliseconds} ms, {Retries} retries");
}
