using System.CommandLine;

namespace Vigie.Cli;

/// <summary>
/// Every `vigie` sub-command, one line each; each command lives in its own folder. A command that needs the web host
/// (ASP.NET Core) lives in src/Vigie.Serve (ServeCatalog) and is forwarded from here.
/// </summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create() =>
    [
        Ct.CtCommand.Create(),
        Decoy.DecoyCommand.Create(),
        new ForwardedCommand("digest", ServeHost.DigestDescription, ServeHost.Executable),
        Evidence.EvidenceCommand.Create(),
        Export.ExportCommand.Create(),
        Investigate.InvestigateCommand.Create(),
        Match.MatchCommand.Create(),
        Permute.PermuteCommand.Create(),
        Scan.ScanCommand.Create(),
        new ForwardedCommand("serve", ServeHost.ServeDescription, ServeHost.Executable),
        new ForwardedCommand("user", ServeHost.UserDescription, ServeHost.Executable),
        new ForwardedCommand("takedown", ServeHost.TakedownDescription, ServeHost.Executable),
        Watch.WatchCommand.Create(),
        Zone.ZoneCommand.Create(),
    ];
}
