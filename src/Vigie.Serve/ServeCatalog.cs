using System.CommandLine;

namespace Vigie.Cli;

/// <summary>
/// The commands of `vigie-serve`: those that need the web host (ASP.NET Core, src/Vigie.Web). `vigie` hands each of them
/// over (a <see cref="ForwardedCommand"/> line in CommandCatalog), so a command added here is added there too.
/// </summary>
internal static class ServeCatalog
{
    public static IEnumerable<Command> Create() =>
    [
        Serve.ServeCommand.Create(),
        Digest.DigestCommand.Create(),
        Serve.UserCommand.Create(),
        Takedown.TakedownCommand.Create(),
    ];
}
