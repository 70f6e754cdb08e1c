namespace Vigie.Decoys.Detection;

/// <summary>The names of <see cref="LogFormat"/> on the command line and in the configuration.</summary>
internal static class LogFormats
{
    public static readonly IReadOnlyList<string> Names = ["entra", "entra-la", "google", "okta", "jsonl", "csv", "syslog"];

    public static LogFormat Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "entra" => LogFormat.Entra,
        "entra-la" => LogFormat.EntraLa,
        "google" => LogFormat.Google,
        "okta" => LogFormat.Okta,
        "jsonl" => LogFormat.Jsonl,
        "csv" => LogFormat.Csv,
        "syslog" => LogFormat.Syslog,
        _ => throw new ArgumentException($"format: '{name}' is not one of {string.Join(", ", Names)}"),
    };

    public static string Name(LogFormat format) => Names[(int)format];
}
