using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigie.Exports;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Evidence;

namespace Vigie.Web.Api;

/// <summary>
/// /api/v1/exports: what `vigie export` writes, for a resolver, a mail gateway or MISP to pull on a schedule with a
/// read token. The query parameters are the command's options: org, since, state (repeatable), min, and cname (rpz).
/// MISP is a feed: /api/v1/exports/misp/manifest.json, hashes.csv and one UUID.json per event, as MISP fetches a feed.
/// </summary>
internal static class ExportApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/exports/{format}", Export)
            .WithSummary("The findings as csv, json, stix, rpz, hosts, adblock or domains (query: org, since, state, min, cname).");
        api.MapGet("/exports/misp/{file}", MispFeed)
            .WithSummary("The findings as a MISP feed: manifest.json, hashes.csv and UUID.json (one event per finding); same query as the other exports.");
    }

    private static async Task<Results<PushStreamHttpResult, BadRequest<ApiErrorJson>>> Export(
        string format, HttpRequest request, VigieDatabase database, EvidenceStore evidence, TimeProvider time)
    {
        try
        {
            var chosen = ExportFormats.Parse(format);
            var exporter = new Exporter(new FindingsStore(database, time), evidence, time);
            var selection = await exporter.SelectAsync(Filter(request), request.HttpContext.RequestAborted);
            var walledGarden = request.Query["cname"].FirstOrDefault();
            var writer = exporter.Writer(chosen, walledGarden);
            return TypedResults.Stream(
                stream => writer.WriteAsync(exporter.ReadAsync(selection, request.HttpContext.RequestAborted), stream, request.HttpContext.RequestAborted),
                ExportFormats.ContentType(chosen));
        }
        catch (ExportException e)
        {
            return TypedResults.BadRequest(new ApiErrorJson(e.Message));
        }
    }

    private static async Task<Results<PushStreamHttpResult, NotFound, BadRequest<ApiErrorJson>>> MispFeed(
        string file, HttpRequest request, VigieDatabase database, EvidenceStore evidence, TimeProvider time)
    {
        try
        {
            var exporter = new Exporter(new FindingsStore(database, time), evidence, time);
            var selection = await exporter.SelectAsync(Filter(request), request.HttpContext.RequestAborted);
            var aborted = request.HttpContext.RequestAborted;
            if (file == "manifest.json")
            {
                return TypedResults.Stream(stream => exporter.Misp.WriteManifestAsync(exporter.ReadAsync(selection, aborted), stream, aborted), "application/json");
            }

            if (file == "hashes.csv")
            {
                return TypedResults.Stream(stream => exporter.Misp.WriteHashesAsync(exporter.ReadAsync(selection, aborted), stream, aborted), "text/csv; charset=utf-8");
            }

            if (!file.EndsWith(".json", StringComparison.Ordinal) || !Guid.TryParse(file[..^5], out var uuid))
            {
                return TypedResults.NotFound();
            }

            // Found before a byte is sent, so a missing event is a 404 and not an empty 200.
            using var buffer = new MemoryStream();
            if (!await exporter.Misp.WriteEventAsync(exporter.ReadAsync(selection, aborted), uuid, buffer, aborted))
            {
                return TypedResults.NotFound();
            }

            var bytes = buffer.ToArray();
            return TypedResults.Stream(stream => stream.WriteAsync(bytes, aborted).AsTask(), "application/json");
        }
        catch (ExportException e)
        {
            return TypedResults.BadRequest(new ApiErrorJson(e.Message));
        }
    }

    private static ExportFilter Filter(HttpRequest request) => ExportFilterText.Parse(
        request.Query["org"].FirstOrDefault(), request.Query["since"].FirstOrDefault(), request.Query["state"].OfType<string>(), request.Query["min"].FirstOrDefault());
}
