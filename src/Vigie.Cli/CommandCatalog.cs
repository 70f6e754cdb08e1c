namespace Vigie.Cli;

/// <summary>
/// Every `vigie` sub-command, one line each. `vigie` itself runs those that need only the detection core (permute,
/// match); the others run in the executables beside it, to which it hands them over: `vigie-tools` (src/Vigie.Tools,
/// ToolsCatalog) and `vigie-serve`, the web host (src/Vigie.Serve, ServeCatalog).
/// </summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<CommandEntry> Entries { get; } =
    [
        CommandEntry.Forwarded("ct", ToolsHost.CtDescription, ToolsHost.Executable),
        CommandEntry.Forwarded("decoy", ToolsHost.DecoyDescription, ToolsHost.Executable),
        CommandEntry.Forwarded("digest", ServeHost.DigestDescription, ServeHost.Executable),
        CommandEntry.Forwarded("evidence", ToolsHost.EvidenceDescription, ToolsHost.Executable),
        CommandEntry.Forwarded("export", ToolsHost.ExportDescription, ToolsHost.Executable),
        CommandEntry.Forwarded("investigate", ToolsHost.InvestigateDescription, ToolsHost.Executable),
        new("match", Match.MatchCommand.Create),
        new("permute", Permute.PermuteCommand.Create),
        CommandEntry.Forwarded("scan", ToolsHost.ScanDescription, ToolsHost.Executable),
        CommandEntry.Forwarded("serve", ServeHost.ServeDescription, ServeHost.Executable),
        CommandEntry.Forwarded("user", ServeHost.UserDescription, ServeHost.Executable),
        CommandEntry.Forwarded("takedown", ServeHost.TakedownDescription, ServeHost.Executable),
        CommandEntry.Forwarded("watch", ToolsHost.WatchDescription, ToolsHost.Executable),
        CommandEntry.Forwarded("zone", ToolsHost.ZoneDescription, ToolsHost.Executable),
    ];
}
