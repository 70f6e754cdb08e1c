using Vigie.Cli.Match;
using Vigie.Cli.Watchlists;
using Vigie.Core.Matching;

namespace Vigie.Cli.Tests.Match;

public sealed class MatchRunnerTests
{
    [Fact]
    public void Run_InputThatPauses_PrintsTheMatchesReadSoFarBeforeWaiting()
    {
        var matcher = Matcher.Build(WatchlistArguments.Load(["metamask.io"], null), new MatcherOptions());
        using var output = new StringWriter();
        var input = new PausingStream("example.org\nmetamsk.io\n"u8.ToArray(), output);

        var counts = MatchRunner.Run(matcher, input, output, new TextMatchWriter(), CancellationToken.None);

        Assert.Equal(2, counts.Names);
        Assert.StartsWith("metamsk.io -> metamask.io", input.PrintedWhenWaiting, StringComparison.Ordinal);
    }

    /// <summary>Gives its lines in one read, then notes what had been printed when the reader came back for more.</summary>
    private sealed class PausingStream(byte[] lines, StringWriter printed) : MemoryStream(lines)
    {
        public string? PrintedWhenWaiting { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position == Length)
            {
                PrintedWhenWaiting ??= printed.ToString();
            }

            return base.Read(buffer, offset, count);
        }
    }
}
