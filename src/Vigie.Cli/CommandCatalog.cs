using System.CommandLine;

namespace Vigie.Cli;

/// <summary>Every `vigie` sub-command, one line each; each command lives in its own folder.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create() =>
    [
        Ct.CtCommand.Create(),
        Digest.DigestCommand.Create(),
        Evidence.EvidenceCommand.Create(),
        Investigate.InvestigateCommand.Create(),
        Match.MatchCommand.Create(),
        Permute.PermuteCommand.Create(),
        Scan.ScanCommand.Create(),
        Serve.ServeCommand.Create(),
        Serve.UserCommand.Create(),
        Watch.WatchCommand.Create(),
        Zone.ZoneCommand.Create(),
    ];
}
