using Vigie.Storage.Findings;

namespace Vigie.Exports.Misp;

/// <summary>
/// What one finding's MISP event says. to_ids (MISP core format §2.3.1: "the attribute is meant to be actionable")
/// is set on the name, its hosts and URLs once an analyst confirmed the phishing: an unconfirmed look-alike alerted in
/// an IDS would flood it with guesses. Addresses never are: a look-alike usually sits on shared hosting, and an
/// address rule would also hit every other site on it. The event's threat level and analysis follow the triage state.
/// </summary>
internal static class MispEventContent
{
    public static IReadOnlyList<MispAttribute> Attributes(ExportedFinding item, byte[]? screenshot)
    {
        var finding = item.Finding;
        var actionable = Confirmed(finding.State);
        var attributes = new List<MispAttribute>
        {
            new("domain", "Network activity", finding.Name, actionable, $"look-alike of {finding.Target}: {finding.Explanation}"),
        };
        var hosts = item.Urls.Select(u => new Uri(u).IdnHost.ToLowerInvariant()).Where(h => h != finding.Name).Distinct();
        attributes.AddRange(hosts.Select(h => new MispAttribute("hostname", "Network activity", h, actionable, "a host its web server answered at")));
        attributes.AddRange(item.Urls.Select(u => new MispAttribute("url", "Network activity", u, actionable, "fetched by Vigie")));
        attributes.AddRange(item.Addresses.Select(a => new MispAttribute("ip-dst", "Network activity", a, false, $"{finding.Name} resolved to it; shared hosting is likely")));
        if (screenshot is not null)
        {
            attributes.Add(new("attachment", "External analysis", $"{finding.Name}-screenshot.png", false, "screenshot taken by Vigie in a headless browser", screenshot));
        }

        return attributes;
    }

    public static IReadOnlyList<string> Tags(ExportedFinding item)
    {
        var finding = item.Finding;
        List<string> tags = ["tlp:amber", $"vigie:state=\"{Storage.Database.StoredEnum<TriageState>.Format(finding.State)}\""];
        tags.AddRange(finding.Techniques.Select(t => $"vigie:technique=\"{t}\""));
        if (Confirmed(finding.State))
        {
            // The Reference Security Incident Taxonomy of MISP's taxonomies.
            tags.Add("rsit:fraud=\"phishing\"");
        }

        return tags;
    }

    public static string Info(ExportedFinding item) =>
        $"Look-alike domain {item.Finding.Unicode} of {item.Finding.Target} ({item.Organisation.Name})";

    /// <summary>1 high (confirmed phishing), 2 medium (score 80 and above), 3 low.</summary>
    public static int ThreatLevel(Finding finding) => Confirmed(finding.State) ? 1 : finding.Score >= 80 ? 2 : 3;

    /// <summary>0 initial, 1 ongoing, 2 completed.</summary>
    public static int Analysis(Finding finding) => finding.State switch
    {
        TriageState.New => 0,
        TriageState.Investigating => 1,
        _ => 2,
    };

    public static DateTimeOffset Modified(Finding finding) =>
        new[] { finding.FirstSeen, finding.LastSeen, finding.StateChangedAt, finding.VerdictAt ?? finding.FirstSeen }.Max();

    public static Guid EventUuid(ExportedFinding item) => Uuid5.Create(Uuid5.Vigie, $"misp-event/{item.Organisation.Slug}/{item.Finding.Name}");

    public static Guid OrganisationUuid(ExportedFinding item) => Uuid5.Create(Uuid5.Vigie, $"misp-organisation/{item.Organisation.Slug}");

    private static bool Confirmed(TriageState state) => state is TriageState.ConfirmedPhishing or TriageState.TakedownRequested;
}
