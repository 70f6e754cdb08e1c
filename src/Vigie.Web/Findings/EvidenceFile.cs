using Microsoft.AspNetCore.Http;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;

namespace Vigie.Web.Findings;

/// <summary>
/// Evidence of a finding, as files. Captured pages are hostile: nothing captured is ever served as HTML from the
/// dashboard's origin. A PNG is served as an image only when its bytes are a PNG; everything else (HTML as served or
/// as rendered, headers, certificates, downloads) is an attachment, text/plain or application/octet-stream, under
/// a sandboxing CSP and nosniff (SecurityHeaders).
/// </summary>
internal static class EvidenceFile
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static async Task<IResult> GetAsync(long id, string sha, HttpContext context, IFindingRepository findings, IObservationRepository observations, EvidenceStore store)
    {
        var finding = await findings.GetAsync(id, context.RequestAborted);
        if (finding is null)
        {
            return Results.NotFound();
        }

        var item = FindingDetails.EvidenceOf(finding, await observations.ListAsync(id, context.RequestAborted), sha);
        var content = item is null ? null : await store.ReadObjectAsync(sha, context.RequestAborted);
        if (item is null || content is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        context.Response.Headers.CacheControl = "private, max-age=86400, immutable";
        if (item.MediaType == "image/png" && content.AsSpan().StartsWith(PngSignature))
        {
            return Results.Bytes(content, "image/png");
        }

        var text = item.MediaType.StartsWith("text/", StringComparison.Ordinal) || item.MediaType == "application/json";
        var name = $"{finding.Name}-{item.Kind}-{sha[..12]}{(text ? ".txt" : ".bin")}";
        return Results.File(content, text ? "text/plain; charset=utf-8" : "application/octet-stream", name);
    }

    /// <summary>The same zip as `vigie evidence export NAME`.</summary>
    public static async Task<IResult> ZipAsync(long id, HttpContext context, IFindingRepository findings, EvidenceStore store)
    {
        var finding = await findings.GetAsync(id, context.RequestAborted);
        if (finding is null || store.Manifests(finding.Name).Count == 0)
        {
            return Results.NotFound();
        }

        using var zip = new MemoryStream();
        await store.ExportAsync(finding.Name, zip, context.RequestAborted);
        return Results.File(zip.ToArray(), "application/zip", $"{finding.Name}-evidence.zip");
    }
}
