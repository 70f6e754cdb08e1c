using System.Text.RegularExpressions;

namespace Vigie.Decoys.Detection;

/// <summary>One detector: sign-in log files of one format, with the field mapping (jsonl, csv) or patterns (syslog) to read them.</summary>
internal sealed record DetectorSettings(LogFormat Format, IReadOnlyList<string> Paths, FieldMapping? Fields = null, IReadOnlyList<Regex>? Patterns = null)
{
    /// <summary>
    /// A follower per file; the source each one names in alerts, and stores its position under, is "format:full path"
    /// (the same file named from another folder is the same source).
    /// </summary>
    public IEnumerable<LogFollower> Followers(TimeProvider time) =>
        Paths.Select(Path.GetFullPath).Select(path => new LogFollower(path, () => SignInParsers.Create(Format, Fields, Patterns, time), $"{LogFormats.Name(Format)}:{path}"));
}
