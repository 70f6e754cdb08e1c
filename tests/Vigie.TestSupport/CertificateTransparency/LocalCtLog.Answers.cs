using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Vigie.Sources.CertificateTransparency;

namespace Vigie.TestSupport.CertificateTransparency;

/// <summary>What the local CT log answers: its self-description, the RFC 6962 calls, tiles and signed checkpoints.</summary>
public sealed partial class LocalCtLog
{
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
