using System.Text.Json.Serialization;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>The body of an RFC 6962 §4.4 get-sth-consistency answer.</summary>
internal sealed record ConsistencyResponse([property: JsonPropertyName("consistency")] IReadOnlyList<byte[]>? Consistency);
