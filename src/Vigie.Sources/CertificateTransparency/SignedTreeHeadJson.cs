using System.Text.Json.Serialization;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>The body of an RFC 6962 §4.3 get-sth answer.</summary>
internal sealed record SignedTreeHeadJson(
    [property: JsonPropertyName("tree_size")] long TreeSize,
    [property: JsonPropertyName("timestamp")] long Timestamp,
    [property: JsonPropertyName("sha256_root_hash")] byte[]? RootHash,
    [property: JsonPropertyName("tree_head_signature")] byte[]? Signature);
