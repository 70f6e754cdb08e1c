namespace Vigie.Cli;

/// <summary>
/// Every `vigie` sub-command, one line each; each command lives in its own folder. A command that needs the web host
/// (ASP.NET Core) lives in src/Vigie.Serve (ServeCatalog) and is forwarded from here.
/// </summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<CommandEntry> Entries { get; } =
    [
        new("ct", Ct.CtCommand.Create),
        new("decoy", Decoy.DecoyCommand.Create),
        CommandEntry.Forwarded("digest", ServeHost.DigestDescription, ServeHost.Executable),
        new("evidence", Evidence.EvidenceCommand.Create),
        new("export", Export.ExportCommand.Create),
        new("investigate", Investigate.InvestigateCommand.Create),
        new("match", Match.MatchCommand.Create),
        new("permute", Permute.PermuteCommand.Create),
        new("scan", Scan.ScanCommand.Create),
        CommandEntry.Forwarded("serve", ServeHost.ServeDescription, ServeHost.Executable),
        CommandEntry.Forwarded("user", ServeHost.UserDescription, ServeHost.Executable),
        CommandEntry.Forwarded("takedown", ServeHost.TakedownDescription, ServeHost.Executable),
        new("watch", Watch.WatchCommand.Create),
        new("zone", Zone.ZoneCommand.Create),
    ];
}
