namespace Vigie.Alerts.Tests.Support;

/// <summary>Alerts as the router makes them, for the channel tests.</summary>
internal static class SampleAlerts
{
    public static Alert Phishing(long eventId = 7) => new(eventId, "verdict", "onedrive-en-marche[.]fr judged phishing", "en-marche", "En Marche", 42,
        "onedrive-en-marche.fr", "onedrive-en-marche[.]fr", "onedrive.en-marche.fr", ["dot-to-hyphen"], 92,
        "the dot in onedrive.en-marche.fr was replaced by a hyphen", true, "phishing", 97, "", "https://vigie.example.org/findings/42",
        new DateTimeOffset(2026, 12, 1, 21, 0, 0, TimeSpan.Zero));

    public static Alert New(long eventId, string name) => Phishing(eventId) with
    {
        Kind = "new_finding",
        Title = $"New look-alike of en-marche.fr: {Defang.Name(name)} (score 80)",
        Name = name,
        Defanged = Defang.Name(name),
        Verdict = null,
        RiskScore = null,
    };
}
