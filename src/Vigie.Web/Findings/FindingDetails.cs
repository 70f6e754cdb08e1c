using System.Text.Json;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;

namespace Vigie.Web.Findings;

/// <summary>Everything the finding page and GET /api/v1/findings/{id} show: the finding, its sources, its timeline and its audit trail.</summary>
internal sealed record FindingDetails(
    Finding Finding,
    IReadOnlyList<FindingSource> Sources,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<TriageEvent> History,
    bool HasEvidence)
{
    /// <summary>The decoys part of the page (set by the page's route; the API shows decoys through the timeline).</summary>
    public Vigie.Web.Decoys.DecoyPanel? Decoys { get; init; }

    /// <summary>The evidence kind of the genuine page's capture, kept beside the suspect's screenshot for the comparison.</summary>
    public const string GenuineScreenshot = InvestigationEvidence.GenuineScreenshotKind;

    /// <summary>The finding's takedown requests, oldest first; the finding page loads them, the API leaves them out.</summary>
    public IReadOnlyList<Storage.Takedowns.TakedownRequest> Takedowns { get; init; } = [];

    /// <summary>True when `vigie serve` can mail a takedown request (it has an smtp: section): the page offers to send it.</summary>
    public bool CanSendTakedown { get; init; }

    public static async Task<FindingDetails?> LoadAsync(
        long id, IFindingRepository findings, IObservationRepository observations, ITriageRepository triage, EvidenceStore evidence, CancellationToken cancellationToken)
    {
        var finding = await findings.GetAsync(id, cancellationToken);
        if (finding is null)
        {
            return null;
        }

        return new FindingDetails(
            finding,
            await findings.SourcesAsync(id, cancellationToken),
            await observations.ListAsync(id, cancellationToken),
            await triage.HistoryAsync(id, cancellationToken),
            evidence.Manifests(finding.Name).Count > 0);
    }

    /// <summary>Whether <paramref name="sha"/> is evidence of this finding (only those are served under its address).</summary>
    public EvidenceItem? Evidence(string sha) => EvidenceOf(Finding, Observations, sha);

    public static EvidenceItem? EvidenceOf(Finding finding, IReadOnlyList<Observation> observations, string sha) =>
        observations.SelectMany(o => o.Evidence).FirstOrDefault(e => e.Sha256 == sha)
        ?? (sha == finding.ScreenshotSha256 ? new EvidenceItem("screenshot", "image/png", sha, 0, finding.LastSeen, finding.Name) : null);

    /// <summary>The latest screenshot and, when the investigation compared it, the genuine page's capture and the similarity (0–1).</summary>
    public (EvidenceItem? Suspect, EvidenceItem? Genuine, string? GenuineUrl, double? Similarity) Comparison()
    {
        foreach (var observation in Observations.Where(o => o.Kind is ObservationKind.Screenshot or ObservationKind.Page).Reverse())
        {
            var suspect = observation.Evidence.FirstOrDefault(e => e.Kind == "screenshot");
            if (suspect is null)
            {
                continue;
            }

            var genuine = observation.Evidence.FirstOrDefault(e => e.Kind == GenuineScreenshot);
            var (url, similarity) = ReadComparison(observation.Payload);
            return (suspect, genuine, url ?? genuine?.Source, similarity);
        }

        return (Finding.ScreenshotSha256 is null ? null : Evidence(Finding.ScreenshotSha256), null, null, null);
    }

    private static (string? Url, double? Similarity) ReadComparison(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var url = root.TryGetProperty("genuine", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString() : null;
            var similarity = root.TryGetProperty("similarity", out var s) && s.TryGetDouble(out var value) ? value : (double?)null;
            return (url, similarity);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
