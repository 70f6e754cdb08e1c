using System.Globalization;

namespace Vigie.Alerts;

/// <summary>
/// The words of an alert, shared by every channel so that e-mail, chat and syslog say the same thing: a title and
/// labelled fields. Names are always defanged.
/// </summary>
internal static class AlertText
{
    public static string Title(string kind, string? defanged, string? target, int? score, string? verdict, string detail) => kind switch
    {
        "new_finding" => $"New look-alike of {target}: {defanged} (score {score})",
        "went_live" => $"Look-alike of {target} is live: {defanged}",
        "verdict" => $"{defanged} judged {verdict}",
        "decoy_used" => $"Decoy used on {defanged}",
        "source_failing" => $"Source failing: {detail}",
        "takedown_followup" => $"Takedown follow-up due: {defanged}",
        _ => $"{kind}: {defanged ?? detail}",
    };

    /// <summary>Label and value of every field the alert has, in reading order.</summary>
    public static IReadOnlyList<(string Label, string Value)> Fields(Alert alert)
    {
        var fields = new List<(string, string)>();
        Add(fields, "Name", alert.Defanged);
        Add(fields, "Target", alert.Target);
        Add(fields, "Technique", alert.Techniques.Count > 0 ? string.Join(", ", alert.Techniques) : null);
        Add(fields, "Explanation", alert.Explanation);
        Add(fields, "Score", alert.Score?.ToString(CultureInfo.InvariantCulture));
        Add(fields, "Live", alert.Live switch { true => "yes", false => "no", null => null });
        Add(fields, "Verdict", alert.Verdict is null ? null : alert.RiskScore is { } risk ? $"{alert.Verdict} (risk {risk})" : alert.Verdict);
        Add(fields, "Detail", alert.Detail.Length > 0 ? alert.Detail : null);
        Add(fields, "Organisation", alert.OrganisationName);
        return fields;
    }

    /// <summary>A digest's title: how many alerts and for whom.</summary>
    public static string DigestTitle(AlertMessage message) =>
        $"{message.Alerts.Count} Vigie alerts for {string.Join(", ", message.Alerts.Select(a => a.OrganisationName).Distinct(StringComparer.Ordinal))}";

    /// <summary>The message's title: the alert's own, or the digest's.</summary>
    public static string Title(AlertMessage message) => message.IsDigest ? DigestTitle(message) : message.Alerts[0].Title;

    private static void Add(List<(string, string)> fields, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields.Add((label, value));
        }
    }
}
