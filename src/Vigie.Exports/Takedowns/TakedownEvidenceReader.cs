using System.Text;
using System.Text.Json;
using Vigie.Storage;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;

namespace Vigie.Exports.Takedowns;

/// <summary>Gathers a finding's <see cref="TakedownEvidence"/> from the store and the evidence folder.</summary>
internal static class TakedownEvidenceReader
{
    /// <summary>Header lines kept in the body; the whole capture is in the zip.</summary>
    private const int HeaderLines = 30;

    public static async Task<TakedownEvidence> ReadAsync(FindingsStore store, EvidenceStore evidence, Finding finding, Organisation organisation, CancellationToken cancellationToken)
    {
        var timeline = await store.Observations.ListAsync(finding.Id, cancellationToken);
        var values = new ObservedValues();
        foreach (var observation in timeline.Where(o => o.Kind is ObservationKind.Dns or ObservationKind.Http))
        {
            values.Add(observation.Kind == ObservationKind.Dns ? "dns" : "http", observation.Payload);
        }

        string? headers = null;
        if (timeline.LastOrDefault(o => o.Kind == ObservationKind.Http)?.Evidence.FirstOrDefault(e => e.Kind == "headers") is { } item
            && await evidence.ReadObjectAsync(item.Sha256, cancellationToken) is { } bytes)
        {
            headers = string.Join('\n', Encoding.UTF8.GetString(bytes).ReplaceLineEndings("\n").Split('\n').Take(HeaderLines)).TrimEnd();
        }

        string? copyOf = null;
        int? similarity = null;
        List<string> reasons = [];
        if (timeline.LastOrDefault(o => o.Kind == ObservationKind.Verdict) is { } verdict)
        {
            using var document = JsonDocument.Parse(verdict.Payload);
            var root = document.RootElement;
            copyOf = Text(root, "copy_of") ?? Text(root, "closest_genuine_page");
            similarity = root.TryGetProperty("similarity", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
            if (root.TryGetProperty("reasons", out var r) && r.ValueKind == JsonValueKind.Array)
            {
                reasons.AddRange(r.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
            }
        }

        return new TakedownEvidence(finding, organisation, timeline, values.Addresses, values.Urls.LastOrDefault(), headers, copyOf, similarity, reasons);
    }

    private static string? Text(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
