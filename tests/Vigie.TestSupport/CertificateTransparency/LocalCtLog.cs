using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigie.Sources.CertificateTransparency;

namespace Vigie.TestSupport.CertificateTransparency;

/// <summary>
/// A CT log on 127.0.0.1 (in-process Kestrel) speaking RFC 6962 or the static-ct-api, signing its tree heads
/// with its own P-256 key, describing itself at log.v3.json, serving the real fixtures of ../shared/data/ct
/// and entries a test adds, and misbehaving on demand (<see cref="Fail"/>, <see cref="MaxEntriesPerAnswer"/>).
/// </summary>
public sealed class LocalCtLog : IAsyncDisposable
{
    private const string Origin = "vigie-test-log.example";
    private readonly WebApplication app;
    private readonly LocalCtLogKind kind;
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly List<byte[]> leafHashes = [];
    private readonly List<byte[]> leaves = []; // RFC 6962: MerkleTreeLeaf; tiled: TileLeaf (generated entries only)
    private readonly List<byte[]> realTiles = [];
    private readonly List<byte[]> realNamesTiles = [];
    private readonly List<string> namesLines = []; // names tile line of each generated entry
    private readonly Queue<(string Path, LocalFault Fault)> faults = new();
    private readonly Lock sync = new();
    private readonly Dictionary<string, byte[]> files = new(StringComparer.Ordinal);

    private LocalCtLog(WebApplication app, LocalCtLogKind kind)
    {
        this.app = app;
        this.kind = kind;
    }

    public Uri Prefix { get; private set; } = null!;

    /// <summary>Cap on get-entries answers, as real logs have (32 to 1,024).</summary>
    public int MaxEntriesPerAnswer { get; set; } = 1000;

    public long Size
    {
        get
        {
            lock (sync)
            {
                return leafHashes.Count;
            }
        }
    }

    /// <summary>Time every answer takes, to catch a client halfway through.</summary>
    public TimeSpan AnswerDelay { get; set; }

    /// <summary>Whether the tiled log serves names tiles (Sunlight does).</summary>
    public bool ServesNamesTiles { get; set; } = true;

    /// <summary>Every request path served, in order.</summary>
    public List<string> Requests { get; } = [];

    public static async Task<LocalCtLog> StartAsync(LocalCtLogKind kind)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var log = new LocalCtLog(builder.Build(), kind);
        log.app.Run(log.HandleAsync);
        await log.app.StartAsync();
        var address = log.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        log.Prefix = new Uri(address.TrimEnd('/') + "/log/");
        return log;
    }

    /// <summary>The next request whose path contains <paramref name="pathPart"/> gets the first fault, the one after the second, …</summary>
    public void Fail(string pathPart, params LocalFault[] next)
    {
        lock (sync)
        {
            foreach (var fault in next)
            {
                faults.Enqueue((pathPart, fault));
            }
        }
    }

    /// <summary>Serves <paramref name="body"/> at the returned URL (outside the log), e.g. an NRD list.</summary>
    public Uri ServeFile(string name, byte[] body)
    {
        lock (sync)
        {
            files[name] = body;
        }

        return new Uri(Prefix, "../files/" + name);
    }

    /// <summary>RFC 6962: the 4 real 2013 entries and the 2 ct-go entries (a precert, a cert). Tiled: the 1,024 Navigli entries.</summary>
    public void AddRealFixtures()
    {
        lock (sync)
        {
            if (kind == LocalCtLogKind.Tiled)
            {
                for (var t = 0; t < 4; t++)
                {
                    var tile = File.ReadAllBytes(SharedData.Path($"ct/static-ct-navigli2025h2/tile/data/{t:000}"));
                    realTiles.Add(tile);
                    realNamesTiles.Add(File.ReadAllBytes(SharedData.Path($"ct/static-ct-navigli2025h2/tile/names/{t:000}")));
                    leafHashes.AddRange(DataTileReader.Read(tile, t * 256L).Select(e => e.LeafHash));
                }

                return;
            }

            foreach (var file in new[] { "ct/rfc6962-get-entries/get-entries-0-3.json", "ct/rfc6962-ctgo-client/composed_get-entries.json" })
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(SharedData.Path(file)));
                foreach (var entry in json.RootElement.GetProperty("entries").EnumerateArray())
                {
                    var leaf = entry.GetProperty("leaf_input").GetBytesFromBase64();
                    leaves.Add(leaf);
                    leafHashes.Add(SHA256.HashData([0, .. leaf]));
                }
            }
        }
    }

    /// <summary>Appends an x509 entry whose certificate names <paramref name="dnsNames"/>; returns its index.</summary>
    public long AddCertificate(params string[] dnsNames) => Add(LocalCtLogEntries.Certificate(dnsNames), dnsNames);

    /// <summary>Appends an x509 entry holding these DER bytes as they are (a malformed certificate, say).</summary>
    public long AddRawCertificate(byte[] der) => Add(der, []);

    private long Add(byte[] certificate, string[] dnsNames)
    {
        lock (sync)
        {
            var index = leafHashes.Count;
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            if (kind == LocalCtLogKind.Tiled)
            {
                var entry = LocalCtLogEntries.TimestampedEntry(timestamp, certificate, LocalCtLogEntries.LeafIndexExtension(index));
                leaves.Add([.. entry, 0, 0]); // no chain fingerprints
                leafHashes.Add(LocalCtLogEntries.LeafHash(entry));
                namesLines.Add(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["Timestamp"] = timestamp,
                    ["Subject"] = new Dictionary<string, string> { ["CommonName"] = dnsNames.FirstOrDefault() ?? "" },
                    ["DNS"] = dnsNames,
                }) + "\n");
            }
            else
            {
                var entry = LocalCtLogEntries.TimestampedEntry(timestamp, certificate, []);
                leaves.Add([0, 0, .. entry]);
                leafHashes.Add(LocalCtLogEntries.LeafHash(entry));
            }

            return index;
        }
    }

    /// <summary>Rewrites history: the leaf at <paramref name="index"/> gets another hash, as a forked log would show.</summary>
    public void Tamper(int index)
    {
        lock (sync)
        {
            leafHashes[index] = SHA256.HashData("rewritten history"u8);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        key.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        byte[]? file = null;
        lock (sync)
        {
            if (path.StartsWith("/files/", StringComparison.Ordinal))
            {
                files.TryGetValue(path["/files/".Length..], out file);
            }
        }

        if (file is not null)
        {
            await context.Response.Body.WriteAsync(file);
            return;
        }

        if (!path.StartsWith("/log/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }

        path = path["/log/".Length..];
        if (AnswerDelay > TimeSpan.Zero)
        {
            await Task.Delay(AnswerDelay, context.RequestAborted);
        }

        LocalFault? fault = null;
        byte[]? body;
        lock (sync)
        {
            Requests.Add(path + context.Request.QueryString);
            if (faults.TryPeek(out var next) && path.Contains(next.Path, StringComparison.Ordinal))
            {
                fault = faults.Dequeue().Fault;
            }

            body = fault is LocalFault.TooManyRequests or LocalFault.ServerError or LocalFault.Unavailable or LocalFault.NotFound
                ? null
                : Answer(path, context.Request.Query);
        }

        switch (fault)
        {
            case LocalFault.TooManyRequests:
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "0";
                return;
            case LocalFault.ServerError:
                context.Response.StatusCode = 500;
                return;
            case LocalFault.Unavailable:
                context.Response.StatusCode = 503;
                context.Response.Headers.RetryAfter = "1";
                return;
            case LocalFault.NotFound:
                context.Response.StatusCode = 404;
                return;
        }

        if (body is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        await context.Response.Body.WriteAsync(fault == LocalFault.Truncated ? body.AsMemory(0, body.Length / 2) : body);
    }

    private byte[]? Answer(string path, IQueryCollection query)
    {
        if (path == "log.v3.json")
        {
            return SelfDescription();
        }

        return kind == LocalCtLogKind.Tiled ? TiledAnswer(path) : Rfc6962Answer(path, query);
    }

    private byte[] SelfDescription() => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
    {
        ["description"] = $"Vigie local {kind} log",
        ["log_id"] = Convert.ToBase64String(SHA256.HashData(key.ExportSubjectPublicKeyInfo())),
        ["key"] = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
        ["log_spec"] = kind == LocalCtLogKind.Tiled ? "static-ct-api" : "rfc6962",
        ["submission_url"] = $"https://{Origin}/",
        ["mmd"] = 60,
    });

    private byte[]? Rfc6962Answer(string path, IQueryCollection query)
    {
        switch (path)
        {
            case "ct/v1/get-sth":
                var size = leafHashes.Count;
                var root = MerkleTree.Root(leafHashes);
                var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                return JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
                {
                    ["tree_size"] = size,
                    ["timestamp"] = timestamp,
                    ["sha256_root_hash"] = Convert.ToBase64String(root),
                    ["tree_head_signature"] = Convert.ToBase64String(TestLogSigner.Sign(key, size, timestamp, root)),
                });
            case "ct/v1/get-entries":
                var start = long.Parse(query["start"]!, CultureInfo.InvariantCulture);
                var end = Math.Min(long.Parse(query["end"]!, CultureInfo.InvariantCulture), Math.Min(leaves.Count - 1, start + MaxEntriesPerAnswer - 1));
                var entries = new List<Dictionary<string, string>>();
                for (var i = start; i <= end; i++)
                {
                    entries.Add(new() { ["leaf_input"] = Convert.ToBase64String(leaves[(int)i]), ["extra_data"] = "" });
                }

                return start > end ? null : JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["entries"] = entries });
            case "ct/v1/get-sth-consistency":
                var first = int.Parse(query["first"]!, CultureInfo.InvariantCulture);
                var second = int.Parse(query["second"]!, CultureInfo.InvariantCulture);
                var proof = MerkleProofs.Consistency(leafHashes, first, second).Select(Convert.ToBase64String).ToList();
                return JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["consistency"] = proof });
            default:
                return null;
        }
    }

    private byte[]? TiledAnswer(string path)
    {
        if (path == "checkpoint")
        {
            return CheckpointNote();
        }

        var parts = path.Split('/');
        if (parts.Length < 3 || parts[0] != "tile" || TilePath.TileNumber(path) is not { } tile)
        {
            return null;
        }

        var width = path.Contains(".p/", StringComparison.Ordinal) ? int.Parse(parts[^1], CultureInfo.InvariantCulture) : TilePath.Width;
        var first = tile * TilePath.Width;
        if (parts[1] == "data")
        {
            if (first + width > leafHashes.Count)
            {
                return null;
            }

            return tile < realTiles.Count
                ? (width == TilePath.Width ? realTiles[(int)tile] : null)
                : [.. Enumerable.Range((int)first, width).SelectMany(i => leaves[i - (realTiles.Count * TilePath.Width)])];
        }

        if (parts[1] == "names")
        {
            if (!ServesNamesTiles || first + width > leafHashes.Count)
            {
                return null;
            }

            return tile < realNamesTiles.Count
                ? (width == TilePath.Width ? realNamesTiles[(int)tile] : null)
                : Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range((int)first, width).Select(i => namesLines[i - (realTiles.Count * TilePath.Width)])));
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level > 3)
        {
            return null;
        }

        // Level L holds the nodes of height 8L: node i covers leaves [i·256^L, (i+1)·256^L).
        var span = 1 << (8 * level);
        if (first + width > leafHashes.Count / span)
        {
            return null;
        }

        return [.. Enumerable.Range((int)first, width).SelectMany(i => level == 0 ? leafHashes[i] : MerkleTree.Root(leafHashes.GetRange(i * span, span)))];
    }

    private byte[] CheckpointNote()
    {
        var size = leafHashes.Count;
        var root = MerkleTree.Root(leafHashes);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var keyId = SHA256.HashData([.. Encoding.UTF8.GetBytes(Origin), 0x0A, 0x05, .. SHA256.HashData(key.ExportSubjectPublicKeyInfo())])[..4];
        var stamp = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(stamp, timestamp);
        var signature = Convert.ToBase64String([.. keyId, .. stamp, .. TestLogSigner.Sign(key, size, timestamp, root)]);
        return Encoding.UTF8.GetBytes($"{Origin}\n{size}\n{Convert.ToBase64String(root)}\n\n\u2014 {Origin} {signature}\n");
    }
}
