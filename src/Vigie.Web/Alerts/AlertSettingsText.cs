using System.Globalization;
using Vigie.Alerts.Settings;
using Vigie.Storage.Alerts;
using Vigie.Storage.Database;

namespace Vigie.Web.Alerts;

/// <summary>The `alerts:` section as `vigie serve --check-config` prints it: each channel, where it delivers (no credential) and what triggers it.</summary>
internal static class AlertSettingsText
{
    public static IEnumerable<string> Lines(AlertSettings? alerts)
    {
        if (alerts is null)
        {
            yield return "  alerts: (none: no alert sent)";
            yield break;
        }

        yield return string.Create(CultureInfo.InvariantCulture,
            $"  alerts: {alerts.Channels.Count} channel(s); the same alert not repeated within {alerts.Suppress.TotalHours:0.##} h; a source failing for {alerts.SourceFailingAfter.TotalMinutes:0.##} min is an alert");
        foreach (var channel in alerts.Channels)
        {
            yield return $"    {channel.Name} ({channel.Type}): {channel.Target}";
            yield return $"      on {string.Join("; or ", channel.Rules.Select(Rule))}";
        }
    }

    private static string Rule(AlertRule rule)
    {
        var kinds = rule.On.SetEquals(AlertRule.Everything.On) ? "every event" : string.Join(", ", rule.On.Order().Select(StoredEnum<AlertEventKind>.Format));
        var text = kinds;
        if (rule.MinScore > 0 && (rule.On.Contains(AlertEventKind.NewFinding) || rule.On.Contains(AlertEventKind.WentLive) || rule.On.Contains(AlertEventKind.Verdict)))
        {
            text += string.Create(CultureInfo.InvariantCulture, $", findings scoring {rule.MinScore} or more");
        }

        if (rule.On.Contains(AlertEventKind.Verdict))
        {
            text += $", verdicts {string.Join(", ", rule.Verdicts.Order(StringComparer.Ordinal))}";
        }

        return text + (rule.Organisations is null ? ", all organisations" : $", of {string.Join(", ", rule.Organisations.Order(StringComparer.Ordinal))}");
    }
}
