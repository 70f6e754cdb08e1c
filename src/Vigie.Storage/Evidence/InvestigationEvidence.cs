using System.Globalization;
using System.Text;
using Vigie.Core.Scoring;
using Vigie.Enrichment.Investigation;

namespace Vigie.Storage.Evidence;

/// <summary>Keeps what an investigation saw as evidence: screenshots, the page as served and as rendered, headers, certificates.</summary>
internal static class InvestigationEvidence
{
    /// <summary>The evidence kind of the genuine page's capture, which the finding page shows beside the suspect's screenshot.</summary>
    public const string GenuineScreenshotKind = "genuine-screenshot";

    /// <summary>Saves the objects and the manifest; returns the manifest's path and the items it names.</summary>
    public static async Task<(string Manifest, IReadOnlyList<EvidenceItem> Items)> SaveAsync(EvidenceStore store, InvestigationReport report, CancellationToken cancellationToken)
    {
        var items = new List<EvidenceItem>();
        async Task Put(string kind, string mediaType, byte[]? content, string source)
        {
            if (content is { Length: > 0 })
            {
                items.Add(await store.PutAsync(kind, mediaType, content, source, cancellationToken));
            }
        }

        if (report.Http is { } http)
        {
            var headers = new StringBuilder();
            foreach (var hop in http.Hops)
            {
                headers.Append(CultureInfo.InvariantCulture, $"{hop.Status} {hop.Url}{(hop.Location is null ? "" : " -> " + hop.Location)}\n");
            }

            headers.Append('\n');
            foreach (var (name, value) in http.Headers)
            {
                headers.Append(CultureInfo.InvariantCulture, $"{name}: {value}\n");
            }

            await Put("headers", "text/plain", Encoding.UTF8.GetBytes(headers.ToString()), http.FinalUrl.ToString());
            await Put(http.IsDownload ? "download" : "html", http.IsDownload ? "application/octet-stream" : "text/html", http.Body, http.FinalUrl.ToString());
            foreach (var certificate in http.Certificates)
            {
                await Put("certificate", "application/pkix-cert", certificate.Der, certificate.Host);
            }
        }

        if (report.Screenshot is { } shot)
        {
            await Put("screenshot", "image/png", shot.Png, shot.Url.ToString());
            await Put("screenshot-full-page", "image/png", shot.FullPagePng, shot.Url.ToString());
            await Put("rendered-html", "text/html", Encoding.UTF8.GetBytes(shot.RenderedHtml), shot.Url.ToString());
        }

        if (report.GenuineScreenshot is { } genuine)
        {
            // Content-addressed: the genuine page captured once is one file however many suspects are compared with it.
            await Put(GenuineScreenshotKind, "image/png", genuine.Png, genuine.Url.ToString());
        }

        var summary = new Dictionary<string, string>
        {
            ["verdict"] = VerdictNames.Code(report.Assessment.Verdict),
            ["score"] = report.Assessment.Score.ToString(CultureInfo.InvariantCulture),
            ["reasons"] = string.Join("; ", report.Assessment.Reasons),
        };
        if (report.Comparison is { } comparison)
        {
            summary["comparison"] = comparison.Explanation;
        }

        return (await store.SaveManifestAsync(new EvidenceManifest(report.Domain, report.StartedAt, summary, items), cancellationToken), items);
    }
}
