namespace Vigie.Cli.Match;

/// <summary>Prints matches in one output format (docs/commands/match.md, "Output").</summary>
internal interface IMatchWriter
{
    void Write(TextWriter output, Core.Matching.Match match);
}
