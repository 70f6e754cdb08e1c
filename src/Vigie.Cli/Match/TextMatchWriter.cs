namespace Vigie.Cli.Match;

/// <summary>One line a person reads: "metamsk.io  → metamask.io  85  omission  The letter 'a' was left out…".</summary>
internal sealed class TextMatchWriter : IMatchWriter
{
    public void Write(TextWriter output, Core.Matching.Match match) =>
        output.WriteLine($"{match.Name} -> {match.Target} [{match.Score}] {string.Join(", ", match.Techniques)}: {match.Explanation}");
}
