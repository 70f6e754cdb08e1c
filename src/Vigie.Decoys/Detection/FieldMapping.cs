namespace Vigie.Decoys.Detection;

/// <summary>
/// Which fields of a generic JSON line (dotted paths: client.ip) or CSV column (header names) hold the user name, the
/// time, the source address, the user agent, the outcome and the event id. Only the user name is required.
/// </summary>
internal sealed record FieldMapping(string User, string? Time = null, string? Address = null, string? UserAgent = null, string? Outcome = null, string? Id = null)
{
    public static FieldMapping Default { get; } = new("user", "time", "ip", "user_agent", "outcome", "id");

    /// <summary>The Log Analytics SigninLogs export (the columns of its header row).</summary>
    public static FieldMapping EntraLogAnalytics { get; } = new("UserPrincipalName", "CreatedDateTime [UTC]", "IPAddress", "UserAgent", "ResultType", "Id");

    /// <summary>"user=upn,time=ts,ip=client.ip": the keys user, time, ip, ua, outcome, id; unnamed ones keep their default.</summary>
    public static FieldMapping Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        var mapping = Default;
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = eq > 0 ? (pair[..eq].Trim(), pair[(eq + 1)..].Trim()) : (pair, "");
            mapping = value.Length == 0 ? throw new ArgumentException($"fields: '{pair}' is not key=field")
                : key switch
                {
                    "user" => mapping with { User = value },
                    "time" => mapping with { Time = value },
                    "ip" => mapping with { Address = value },
                    "ua" => mapping with { UserAgent = value },
                    "outcome" => mapping with { Outcome = value },
                    "id" => mapping with { Id = value },
                    _ => throw new ArgumentException($"fields: '{key}' is not one of user, time, ip, ua, outcome, id"),
                };
        }

        return mapping;
    }
}
