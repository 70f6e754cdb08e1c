using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Vigie.Sources.CertificateTransparency;

namespace Vigie.TestSupport.CertificateTransparency;

/// <summary>
/// A CT log on 127.0.0.1 (in-process Kestrel) speaking RFC 6962 or the static-ct-api, signing its tree heads
/// with its own P-256 key, describing itself at log.v3.json, serving the real fixtures of tests/data/ct
/// and entries a test adds, and misbehaving on demand (<see cref="Fail"/>, <see cref="MaxEntriesPerAnswer"/>).
/// </summary>
public sealed partial class LocalCtLog : IAsyncDisposable
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

    public Uri Prefix { get; private init; } = null!;

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
        LocalCtLog? log = null;
        var (app, baseAddress) = await LoopbackWebHost.StartAsync(context => log!.HandleAsync(context));
        log = new LocalCtLog(app, kind) { Prefix = new Uri(baseAddress, "log/") };
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
}
