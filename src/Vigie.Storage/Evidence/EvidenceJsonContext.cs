using System.Text.Json.Serialization;

namespace Vigie.Storage.Evidence;

/// <summary>Source-generated JSON for manifests: the CLI is Native AOT, where reflection-based serialization is unavailable.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(EvidenceManifest))]
internal sealed partial class EvidenceJsonContext : JsonSerializerContext;
