namespace Vigie.Cli;

/// <summary>Exit codes are part of the interface (README, "Exit codes").</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and found what the user asked to be told about (for example changes with --new-only).</summary>
    public const int Found = 1;

    /// <summary>The input or the arguments were wrong; one line on stderr says which.</summary>
    public const int BadInput = 2;

    /// <summary>The command could not finish (I/O, database, network as a whole).</summary>
    public const int Failure = 3;

    /// <summary>Stopped by SIGINT or SIGTERM after saving what was done (128 + SIGINT, as shells do).</summary>
    public const int Interrupted = 130;
}
