using System.CommandLine;

namespace Vigie.Cli.Ct;

/// <summary>`vigie ct`: certificate transparency tools (README.md, "vigie ct").</summary>
internal static class CtCommand
{
    public static Command Create()
    {
        var command = new Command("ct", ToolsHost.CtDescription);
        command.Subcommands.Add(CtDumpCommand.Create());
        command.Subcommands.Add(CtLogsCommand.Create());
        return command;
    }
}
