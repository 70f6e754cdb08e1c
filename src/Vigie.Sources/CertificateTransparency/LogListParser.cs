using System.Text.Json;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>Reads a v3 log list (Google's or Apple's) into <see cref="CtLog"/> records.</summary>
internal static class LogListParser
{
    public static List<CtLog> Parse(ReadOnlySpan<byte> json, string list)
    {
        LogListJson? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(json, CtJsonContext.Default.LogListJson);
        }
        catch (JsonException e)
        {
            throw new CtFormatException($"{list} log list is not valid JSON: {e.Message}", e);
        }

        if (parsed?.Operators is null)
        {
            throw new CtFormatException($"{list} log list has no \"operators\"");
        }

        var logs = new List<CtLog>();
        foreach (var op in parsed.Operators)
        {
            foreach (var log in op.Logs ?? [])
            {
                logs.Add(ToLog(log, op.Name ?? "?", CtLogKind.Rfc6962, log.Url, list));
            }

            foreach (var log in op.TiledLogs ?? [])
            {
                logs.Add(ToLog(log, op.Name ?? "?", CtLogKind.Tiled, log.MonitoringUrl, list));
            }
        }

        return logs;
    }

    private static CtLog ToLog(LogListLogJson log, string operatorName, CtLogKind kind, string? url, string list)
    {
        var name = log.Description ?? log.LogId ?? "?";
        if (log.LogId is null || log.Key is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new CtFormatException($"{list} log list: log '{name}' lacks its log_id, key or URL");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(log.Key);
        }
        catch (FormatException e)
        {
            throw new CtFormatException($"{list} log list: log '{name}' has a key that is not base64", e);
        }

        if (!uri.AbsolutePath.EndsWith('/'))
        {
            uri = new Uri(uri + "/");
        }

        var state = log.State is { Count: > 0 } ? log.State.Keys.First() : "none";
        string? origin = null;
        if (kind == CtLogKind.Tiled)
        {
            if (!Uri.TryCreate(log.SubmissionUrl, UriKind.Absolute, out var submission))
            {
                throw new CtFormatException($"{list} log list: tiled log '{name}' lacks its submission_url");
            }

            origin = Checkpoint.OriginOf(submission);
        }

        return new CtLog(name, operatorName, log.LogId, key, kind, uri, log.Mmd, state, [list]) { Origin = origin };
    }

    /// <summary>
    /// The log.v3.json a log serves at its prefix (Sunlight does; Vigie's test logs do for both kinds):
    /// "log_spec" says "static-ct-api" for a tiled log, anything else is read as RFC 6962.
    /// </summary>
    public static CtLog ParseSelfDescription(ReadOnlySpan<byte> json, Uri prefix)
    {
        LogListLogJson? log;
        try
        {
            log = JsonSerializer.Deserialize(json, CtJsonContext.Default.LogListLogJson);
        }
        catch (JsonException e)
        {
            throw new CtFormatException($"{prefix}log.v3.json is not valid JSON: {e.Message}", e);
        }

        if (log is null)
        {
            throw new CtFormatException($"{prefix}log.v3.json is empty");
        }

        var tiled = log.LogSpec == "static-ct-api";
        var described = log with { MonitoringUrl = prefix.ToString(), Url = prefix.ToString(), SubmissionUrl = log.SubmissionUrl ?? prefix.ToString() };
        return ToLog(described, "?", tiled ? CtLogKind.Tiled : CtLogKind.Rfc6962, prefix.ToString(), "log.v3.json");
    }
}
