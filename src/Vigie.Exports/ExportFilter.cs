using Vigie.Storage.Findings;

namespace Vigie.Exports;

/// <summary>
/// Which findings an export holds: one organisation (its slug) or all, first seen on or after <paramref name="Since"/>,
/// in <paramref name="States"/> (default <see cref="DefaultStates"/>), scored at least <paramref name="MinScore"/>.
/// </summary>
internal sealed record ExportFilter(
    string? Organisation = null,
    DateTimeOffset? Since = null,
    IReadOnlyList<TriageState>? States = null,
    int? MinScore = null)
{
    /// <summary>
    /// The states worth blocking: a benign name, the brand's own look-alike, one taken down or gone would only block
    /// legitimate traffic or clutter the list, so they are left out unless asked for.
    /// </summary>
    public static IReadOnlyList<TriageState> DefaultStates { get; } =
        [TriageState.New, TriageState.Investigating, TriageState.ConfirmedPhishing, TriageState.TakedownRequested];
}
