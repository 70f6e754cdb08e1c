using System.Text.Json.Serialization;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>One get-entries entry (RFC 6962 §4.6): base64 MerkleTreeLeaf and the chain in extra_data.</summary>
internal sealed record GetEntriesItem(
    [property: JsonPropertyName("leaf_input")] byte[]? LeafInput,
    [property: JsonPropertyName("extra_data")] byte[]? ExtraData);
