namespace Vigie.Cli.Match;

/// <summary>Prints matches in one output format (README.md, "vigie match", "Output").</summary>
internal interface IMatchWriter
{
    void Write(TextWriter output, Core.Matching.Match match);
}
