using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;

namespace Vigie.Web.Tests.Support;

/// <summary>Organisations, findings and observations written through the store's repositories, as the pipeline writes them.</summary>
internal static class Seed
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static Task<Organisation> OrganisationAsync(WebTestHost host, string slug = "en-marche", string domain = "en-marche.fr") =>
        host.Service<IOrganisationRepository>().CreateAsync(
            new OrganisationDraft(slug, "En Marche", "Europe/Paris", $"organisation: En Marche\ndomains:\n  - {domain}\nsubdomains:\n  - onedrive.{domain}\n"), CancellationToken.None);

    public static async Task<long> FindingAsync(WebTestHost host, long organisation, string name, string target, int score, string technique, SourceKind source = SourceKind.Sweep, int day = 0, bool live = true)
    {
        var recorded = await host.Service<IFindingRepository>().RecordAsync(
            [new FindingReport(organisation, name, target, [technique], score, $"{name} looks like {target} ({technique})", source, source == SourceKind.Ct ? "lab-log#42" : "sweep of " + target, Start.AddDays(day), live)],
            CancellationToken.None);
        return recorded[0].FindingId;
    }

    public static async Task ObservationAsync(WebTestHost host, long finding, ObservationKind kind, string summary, string payload = "{}", IReadOnlyList<EvidenceItem>? evidence = null, FindingVerdict? verdict = null, int minutes = 10) =>
        await host.Service<IObservationRepository>().AddAsync(finding, new ObservationDraft(kind, Start.AddMinutes(minutes), summary, payload, evidence ?? [], verdict), CancellationToken.None);
}
