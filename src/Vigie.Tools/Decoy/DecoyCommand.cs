using System.CommandLine;

namespace Vigie.Cli.Decoy;

/// <summary>`vigie decoy`: decoy logins for confirmed phishing pages, and the watch for their use (README, "Decoys").</summary>
internal static class DecoyCommand
{
    public static Command Create() => new("decoy", ToolsHost.DecoyDescription)
    {
        DecoyGenerateCommand.Create(),
        DecoySubmitCommand.Create(),
        DecoyListCommand.Create(),
        DecoyWatchCommand.Create(),
    };
}
