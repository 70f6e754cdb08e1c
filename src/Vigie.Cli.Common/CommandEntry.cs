using System.CommandLine;

namespace Vigie.Cli;

/// <summary>
/// One sub-command of a catalog, by name and how to build it. Building every command's options, choices and help
/// texts costs milliseconds at each start (bench/README.md, "startup"), so a run builds only the command it names.
/// </summary>
internal sealed record CommandEntry(string Name, Func<Command> Create)
{
    /// <summary>A command run by the other executable beside this one (<see cref="ForwardedCommand"/>).</summary>
    public static CommandEntry Forwarded(string name, string description, string executable) =>
        new(name, () => new ForwardedCommand(name, description, executable));
}
