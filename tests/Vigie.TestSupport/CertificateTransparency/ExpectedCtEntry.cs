using System.Text.Json;

namespace Vigie.TestSupport.CertificateTransparency;

/// <summary>An entry of a CT fixture's EXPECTED file (tests/data/ct), with the names as Vigie normalises them.</summary>
public sealed record ExpectedCtEntry(long Index, long TimestampMs, string EntryType, IReadOnlyList<string> Names, string LeafHashHex)
{
    /// <summary>Reads EXPECTED.json ({"entries": [...]}, "index") or EXPECTED_entries_*.json ([...], "leaf_index").</summary>
    public static List<ExpectedCtEntry> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var array = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement : document.RootElement.GetProperty("entries");
        var entries = new List<ExpectedCtEntry>();
        foreach (var e in array.EnumerateArray())
        {
            var index = e.TryGetProperty("leaf_index", out var li) ? li.GetInt64() : e.GetProperty("index").GetInt64();
            var names = new List<string>();
            var cn = e.GetProperty("subject_cn");
            var raw = cn.ValueKind == JsonValueKind.String ? new[] { cn.GetString()! } : [];
            foreach (var name in raw.Concat(e.GetProperty("san_dns").EnumerateArray().Select(s => s.GetString()!)))
            {
                // The documented normalisation: wildcard label dropped, lower-case, each name once.
                var normal = (name.StartsWith("*.", StringComparison.Ordinal) ? name[2..] : name).ToLowerInvariant();
                if (!names.Contains(normal))
                {
                    names.Add(normal);
                }
            }

            entries.Add(new ExpectedCtEntry(index, e.GetProperty("timestamp").GetInt64(), e.GetProperty("entry_type").GetString()!, names, e.GetProperty("leaf_hash_hex").GetString()!));
        }

        return entries;
    }
}
