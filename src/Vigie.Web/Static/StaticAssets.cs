using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Vigie.Web.Static;

/// <summary>
/// The dashboard's own files (one style sheet), read from the resources of this assembly and served at
/// /static/NAME with a content hash in the link, so browsers may keep them for a year and no CDN is ever involved.
/// </summary>
internal static class StaticAssets
{
    private static readonly FrozenDictionary<string, Asset> Assets = Load();

    /// <summary>The versioned address of an asset, for links in pages.</summary>
    public static string Url(string name) => $"/static/{name}?v={Assets[name].Hash}";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/static/{name}", (string name, HttpContext context) =>
        {
            if (!Assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            var etag = $"\"{asset.Hash}\"";
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            context.Response.Headers.ETag = etag;
            return context.Request.Headers.IfNoneMatch == etag
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.Bytes(asset.Content, asset.ContentType);
        }).AllowAnonymous().ExcludeFromDescription();

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        const string prefix = "Vigie.Web.Static.";
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            var name = resource[prefix.Length..];
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".png" => "image/png",
                _ => "application/octet-stream",
            };
            assets[name] = new Asset(content, type, Convert.ToHexStringLower(SHA256.HashData(content))[..16]);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Content, string ContentType, string Hash);
}
