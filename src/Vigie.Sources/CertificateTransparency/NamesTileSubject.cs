using System.Text.Json.Serialization;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>The subject part of a names-tile line.</summary>
internal sealed record NamesTileSubject([property: JsonPropertyName("CommonName")] string? CommonName);
