using Vigie.Core.Matching;

namespace Vigie.Cli.Match;

/// <summary>
/// The read–match–print loop; synchronous on purpose (one core, no per-line task overhead). Matches are gathered
/// in a buffer and handed to the output 64 KB at a time, the console writer flushing on every call otherwise, and
/// whenever the input has been used up and the next read may wait: a match of a name arriving through a pipe
/// (`tail -f`, a CT stream) is printed at once, not when 64 KB of matches have piled up or the input ends.
/// </summary>
internal static class MatchRunner
{
    private const int FlushChars = 1 << 16;

    public static MatchCounts Run(Matcher matcher, Stream input, TextWriter destination, IMatchWriter writer, CancellationToken cancel)
    {
        var counts = new MatchCounts();
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var reader = new NameLineReader(input, () => Drain(output, destination));
        if (writer is CsvMatchWriter)
        {
            output.WriteLine(CsvMatchWriter.Header);
        }

        while (reader.TryRead(out var name, out var problem))
        {
            if ((counts.Names & 0xFFFF) == 0)
            {
                cancel.ThrowIfCancellationRequested();
            }

            switch (problem)
            {
                case LineProblem.InvalidUtf8:
                    counts.InvalidUtf8++;
                    continue;
                case LineProblem.TooLong:
                    counts.TooLong++;
                    continue;
            }

            counts.Names++;
            switch (matcher.Check(name!, out var match))
            {
                case MatchStatus.Unparsable:
                    counts.NotADomain++;
                    break;
                case MatchStatus.Matched:
                    counts.Matches++;
                    writer.Write(output, match!);
                    if (output.GetStringBuilder().Length >= FlushChars)
                    {
                        Drain(output, destination);
                    }

                    break;
            }
        }

        Drain(output, destination);
        return counts;
    }

    private static void Drain(StringWriter output, TextWriter destination)
    {
        var pending = output.GetStringBuilder();
        if (pending.Length > 0)
        {
            destination.Write(pending);
            destination.Flush();
            pending.Clear();
        }
    }
}
