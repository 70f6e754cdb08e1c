using System.Text.Json.Serialization;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>One line of a Sunlight names tile: the entry's timestamp, subject and DNS SANs, as the log extracted them.</summary>
internal sealed record NamesTileLine(
    [property: JsonPropertyName("Timestamp")] long Timestamp,
    [property: JsonPropertyName("Subject")] NamesTileSubject? Subject,
    [property: JsonPropertyName("DNS")] IReadOnlyList<string>? Dns);
