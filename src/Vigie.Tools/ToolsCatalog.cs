namespace Vigie.Cli;

/// <summary>
/// The commands of `vigie-tools`: those that resolve, fetch, parse certificates or pages, or keep findings. `vigie` hands
/// each of them over (a <see cref="ForwardedCommand"/> line in CommandCatalog), so a command added here is added there too.
/// </summary>
internal static class ToolsCatalog
{
    public static IReadOnlyList<CommandEntry> Entries { get; } =
    [
        new("ct", Ct.CtCommand.Create),
        new("decoy", Decoy.DecoyCommand.Create),
        new("evidence", Evidence.EvidenceCommand.Create),
        new("export", Export.ExportCommand.Create),
        new("investigate", Investigate.InvestigateCommand.Create),
        new("scan", Scan.ScanCommand.Create),
        new("watch", Watch.WatchCommand.Create),
        new("zone", Zone.ZoneCommand.Create),
    ];
}
