namespace Vigie.Exports;

/// <summary>Format names as typed, and what each is sent as over HTTP.</summary>
internal static class ExportFormats
{
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<ExportFormat>().Select(f => f.ToString().ToLowerInvariant())];

    public static ExportFormat Parse(string text) =>
        Enum.TryParse<ExportFormat>(text.Trim(), ignoreCase: true, out var format) && Names.Contains(text.Trim().ToLowerInvariant())
            ? format
            : throw new ExportException($"--format: '{text}' is not one of {string.Join(", ", Names)}");

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Json or ExportFormat.Misp => "application/json",
        // STIX 2.1 §1.6: the media type of a STIX document.
        ExportFormat.Stix => "application/stix+json;version=2.1",
        _ => "text/plain; charset=utf-8",
    };
}
