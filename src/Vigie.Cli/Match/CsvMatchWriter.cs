namespace Vigie.Cli.Match;

/// <summary>RFC 4180 CSV with a header; techniques joined by ";".</summary>
internal sealed class CsvMatchWriter : IMatchWriter
{
    public const string Header = "name,target,technique,score,explanation";

    public void Write(TextWriter output, Core.Matching.Match match)
    {
        output.Write(Quote(match.Name));
        output.Write(',');
        output.Write(Quote(match.Target));
        output.Write(',');
        output.Write(Quote(string.Join(';', match.Techniques)));
        output.Write(',');
        output.Write(match.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        output.Write(',');
        output.WriteLine(Quote(match.Explanation));
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
