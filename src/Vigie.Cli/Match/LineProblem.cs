namespace Vigie.Cli.Match;

/// <summary>Why a line of input was skipped before any matching.</summary>
internal enum LineProblem
{
    None,
    InvalidUtf8,
    TooLong,
}
