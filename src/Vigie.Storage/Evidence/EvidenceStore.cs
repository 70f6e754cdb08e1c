using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Vigie.Storage.Evidence;

/// <summary>
/// Evidence on disk: objects/ab/abcdef… named by SHA-256 (content-addressed, written once, never rewritten),
/// and findings/NAME/YYYYMMDDTHHMMSSZ.json, one manifest per investigation naming the objects it used.
/// </summary>
internal sealed class EvidenceStore(string root, TimeProvider time)
{
    public string Root => root;

    public async Task<EvidenceItem> PutAsync(string kind, string mediaType, byte[] content, string source, CancellationToken cancellationToken)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var path = ObjectPath(sha);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // One temporary file per write, not per process: the workers of `vigie serve` put the same genuine capture at once.
            var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }

        return new EvidenceItem(kind, mediaType, sha, content.Length, time.GetUtcNow(), source);
    }

    public async Task<string> SaveManifestAsync(EvidenceManifest manifest, CancellationToken cancellationToken)
    {
        var folder = FindingFolder(manifest.Finding);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, manifest.InvestigatedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", System.Globalization.CultureInfo.InvariantCulture) + ".json");
        await File.WriteAllBytesAsync(path, JsonSerializer.SerializeToUtf8Bytes(manifest, EvidenceJsonContext.Default.EvidenceManifest), cancellationToken);
        return path;
    }

    public IReadOnlyList<string> Manifests(string finding)
    {
        var folder = FindingFolder(finding);
        return Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)] : [];
    }

    /// <summary>
    /// A zip of every investigation of <paramref name="finding"/>: manifest.json files under investigations/ and
    /// each object once under objects/, checked against its SHA-256 on the way out.
    /// </summary>
    public async Task<int> ExportAsync(string finding, Stream zip, CancellationToken cancellationToken)
    {
        var manifests = Manifests(finding);
        if (manifests.Count == 0)
        {
            throw new FileNotFoundException($"no evidence for '{finding}' in {root}");
        }

        using var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var index = new StringBuilder("sha256  kind  captured_at  source\n");
        foreach (var path in manifests)
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var manifest = JsonSerializer.Deserialize(bytes, EvidenceJsonContext.Default.EvidenceManifest)
                ?? throw new InvalidDataException($"empty manifest {path}");
            await AddAsync(archive, $"investigations/{Path.GetFileName(path)}", bytes, cancellationToken);
            foreach (var item in manifest.Items)
            {
                index.Append(System.Globalization.CultureInfo.InvariantCulture, $"{item.Sha256}  {item.Kind}  {item.CapturedAt:O}  {item.Source}\n");
                if (!written.Add(item.Sha256))
                {
                    continue;
                }

                var content = await File.ReadAllBytesAsync(ObjectPath(item.Sha256), cancellationToken);
                if (Convert.ToHexStringLower(SHA256.HashData(content)) != item.Sha256)
                {
                    throw new InvalidDataException($"evidence object {item.Sha256} no longer matches its SHA-256");
                }

                await AddAsync(archive, $"objects/{item.Sha256}{Extension(item.MediaType)}", content, cancellationToken);
            }
        }

        await AddAsync(archive, "SHA256SUMS.txt", Encoding.UTF8.GetBytes(index.ToString()), cancellationToken);
        return written.Count;
    }

    /// <summary>The object named <paramref name="sha"/>, checked against its SHA-256; null when the store does not have it.</summary>
    public async Task<byte[]?> ReadObjectAsync(string sha, CancellationToken cancellationToken)
    {
        if (sha.Length != 64 || !sha.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var path = ObjectPath(sha);
        if (!File.Exists(path))
        {
            return null;
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        return Convert.ToHexStringLower(SHA256.HashData(content)) == sha
            ? content
            : throw new InvalidDataException($"evidence object {sha} no longer matches its SHA-256");
    }

    private string ObjectPath(string sha) => Path.Combine(root, "objects", sha[..2], sha);

    private string FindingFolder(string finding)
    {
        // Finding names are domain names; anything else could climb out of the store.
        if (finding.Length == 0 || finding.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')) || finding.StartsWith('.'))
        {
            throw new ArgumentException($"'{finding}' is not a finding name (a domain name in ASCII)", nameof(finding));
        }

        return Path.Combine(root, "findings", finding.ToLowerInvariant());
    }

    private static string Extension(string mediaType) => mediaType switch
    {
        "image/png" => ".png",
        "text/html" => ".html",
        "application/pkix-cert" => ".der",
        "application/json" => ".json",
        _ => ".txt",
    };

    private static async Task AddAsync(ZipArchive archive, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
    }
}
