using System.Text.Json.Serialization;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>The v3 log list schema (Google's log_list_schema.json; Apple publishes the same shape).</summary>
internal sealed record LogListJson([property: JsonPropertyName("operators")] IReadOnlyList<LogListOperatorJson>? Operators);
