using System.Globalization;

namespace Vigie.Cli.Match;

/// <summary>What a run saw; printed on stderr at the end so that skipped lines are never silent.</summary>
internal sealed class MatchCounts
{
    public long Names { get; set; }

    public long Matches { get; set; }

    public long NotADomain { get; set; }

    public long InvalidUtf8 { get; set; }

    public long TooLong { get; set; }

    public long Skipped => NotADomain + InvalidUtf8 + TooLong;

    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"vigie match: {Names} names, {Matches} matches, {Skipped} lines skipped ({NotADomain} not a domain name, {InvalidUtf8} invalid UTF-8, {TooLong} longer than {NameLineReader.MaxLineBytes} bytes)");
}
