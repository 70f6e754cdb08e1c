namespace Vigie.Cli;

/// <summary>
/// The commands of `vigie-tools` (src/Vigie.Tools: everything that resolves, fetches, parses certificates or pages, or
/// keeps findings), named once for both executables: `vigie` lists and forwards them (<see cref="ForwardedCommand"/>),
/// `vigie-tools` runs them. `vigie` itself keeps `permute` and `match`, which need nothing but the detection core and
/// so start in a few milliseconds (bench/README.md, "startup").
/// </summary>
internal static class ToolsHost
{
    public const string Executable = "vigie-tools";

    public const string CtDescription = "Certificate transparency: read saved log entries, list the logs.";

    public const string DecoyDescription = "Feed confirmed phishing pages unique fake logins, and catch whoever tries them.";

    public const string EvidenceDescription = "Work with the evidence kept by investigations.";

    public const string ExportDescription = "Write findings as CSV, JSON, a STIX 2.1 bundle, a MISP feed, an RPZ zone, a hosts file, an Adblock list or a list of names.";

    public const string InvestigateDescription = "Resolve, fetch, screenshot and assess one suspect domain, and keep the evidence.";

    public const string ScanDescription = "Resolve the lookalikes of a domain, tell real registrations from wildcards and failures, and report what changed since the last run.";

    public const string WatchDescription = "Follow new certificates and newly registered domains; report the lookalikes of your watchlist as they appear.";

    public const string ZoneDescription = "Zone files (ICANN CZDS format): find the newly delegated domains.";
}
