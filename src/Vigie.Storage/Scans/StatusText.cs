using Vigie.Enrichment.Dns;

namespace Vigie.Storage.Scans;

/// <summary>The stored and printed spelling of a <see cref="NameStatus"/>: lower-case words, stable across versions.</summary>
internal static class StatusText
{
    public static string Format(NameStatus status) => status switch
    {
        NameStatus.Registered => "registered",
        NameStatus.Unregistered => "unregistered",
        NameStatus.Wildcard => "wildcard",
        _ => "unknown",
    };

    public static NameStatus Parse(string text) => text switch
    {
        "registered" => NameStatus.Registered,
        "unregistered" => NameStatus.Unregistered,
        "wildcard" => NameStatus.Wildcard,
        _ => NameStatus.Unknown,
    };
}
