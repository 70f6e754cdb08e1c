using Vigie.Storage.Alerts;

namespace Vigie.Alerts.Settings;

/// <summary>
/// When a channel hears of an event (README, "Alerts", "Rules"): for which organisations (null: all, and events of no
/// organisation such as a CT log failing), on which kinds, from which match score for finding events, and which
/// verdicts count for a verdict event. A channel takes an event when any of its rules does.
/// </summary>
internal sealed record AlertRule(IReadOnlySet<string>? Organisations, IReadOnlySet<AlertEventKind> On, int MinScore, IReadOnlySet<string> Verdicts)
{
    public static readonly IReadOnlySet<string> DefaultVerdicts = new HashSet<string>(["phishing"], StringComparer.Ordinal);

    public static AlertRule Everything { get; } = new(null, new HashSet<AlertEventKind>(Enum.GetValues<AlertEventKind>()), 0, DefaultVerdicts);

    public bool Matches(AlertEventKind kind, string? organisation, int? score, string? verdict) =>
        On.Contains(kind)
        && (Organisations is null || (organisation is not null && Organisations.Contains(organisation)))
        && (score is null || score >= MinScore)
        && (kind != AlertEventKind.Verdict || (verdict is not null && Verdicts.Contains(verdict)));
}
