using Vigie.Alerts.Settings;
using Vigie.Storage.Alerts;
using Vigie.Storage.Database;
using YamlDotNet.RepresentationModel;

namespace Vigie.Web.Alerts;

/// <summary>Reads a channel's `rules:` (README, "Alerts", "Rules"); none means every event of every organisation.</summary>
internal static class AlertRuleReader
{
    public static IReadOnlyList<AlertRule> Read(YamlFields channel)
    {
        if (channel.Get("rules") is not { } node)
        {
            return [AlertRule.Everything];
        }

        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            throw channel.Error("rules", "expected a list of rules ('- on: [new_finding, …]')");
        }

        return [.. list.Children.Select((item, i) => Rule(channel.Child(item, $"rules[{i}]")))];
    }

    private static AlertRule Rule(YamlFields fields)
    {
        var on = fields.List("on") is { } kinds
            ? kinds.Select(k => StoredEnum<AlertEventKind>.TryParse(k, out var kind) ? kind
                : throw fields.Error("on", $"'{k}' is not one of {string.Join(", ", StoredEnum<AlertEventKind>.All)}")).ToHashSet()
            : AlertRule.Everything.On;
        var organisations = fields.List("organisations") is { } slugs ? slugs.ToHashSet(StringComparer.Ordinal) : null;
        var minScore = (int?)fields.Number("min_score", 0, 100) ?? 0;
        var verdicts = fields.List("verdicts") is { } names ? names.ToHashSet(StringComparer.Ordinal) : AlertRule.DefaultVerdicts;
        fields.CheckAllRead();
        return new AlertRule(organisations, on, minScore, verdicts);
    }
}
