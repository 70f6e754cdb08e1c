using System.Text.Json.Serialization;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>The body of an RFC 6962 §4.6 get-entries answer.</summary>
internal sealed record GetEntriesResponse([property: JsonPropertyName("entries")] IReadOnlyList<GetEntriesItem>? Entries);
