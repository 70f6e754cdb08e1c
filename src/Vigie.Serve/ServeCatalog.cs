namespace Vigie.Cli;

/// <summary>
/// The commands of `vigie-serve`: those that need the web host (ASP.NET Core, src/Vigie.Web). `vigie` hands each of them
/// over (a <see cref="ForwardedCommand"/> line in CommandCatalog), so a command added here is added there too.
/// </summary>
internal static class ServeCatalog
{
    public static IReadOnlyList<CommandEntry> Entries { get; } =
    [
        new("serve", Serve.ServeCommand.Create),
        new("digest", Digest.DigestCommand.Create),
        new("user", Serve.UserCommand.Create),
        new("takedown", Takedown.TakedownCommand.Create),
    ];
}
