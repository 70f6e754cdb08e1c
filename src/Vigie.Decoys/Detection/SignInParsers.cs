using System.Text.RegularExpressions;

namespace Vigie.Decoys.Detection;

/// <summary>A fresh parser for one log file (a CSV parser remembers its header, so each file, and each rotation, gets its own).</summary>
internal static class SignInParsers
{
    public static ISignInParser Create(LogFormat format, FieldMapping? fields, IReadOnlyList<Regex>? patterns, TimeProvider time) => format switch
    {
        LogFormat.Entra => new EntraParser(time),
        LogFormat.EntraLa => new CsvParser(fields ?? FieldMapping.EntraLogAnalytics, time, entraCodes: fields is null),
        LogFormat.Google => new GoogleParser(time),
        LogFormat.Okta => new OktaParser(time),
        LogFormat.Jsonl => new JsonLinesParser(fields ?? FieldMapping.Default, time),
        LogFormat.Csv => new CsvParser(fields ?? FieldMapping.Default, time),
        _ => new SyslogParser(patterns is { Count: > 0 } ? patterns : SyslogParser.BuiltIn, time),
    };

    /// <summary>An operator's syslog pattern: a .NET regular expression naming at least the group `user`.</summary>
    public static Regex Pattern(string text)
    {
        try
        {
            var regex = new Regex(text, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            return regex.GetGroupNames().Contains("user") ? regex : throw new ArgumentException($"pattern: '{text}' has no (?<user>…) group");
        }
        catch (RegexParseException e)
        {
            throw new ArgumentException($"pattern: '{text}' is not a regular expression: {e.Message}");
        }
    }
}
