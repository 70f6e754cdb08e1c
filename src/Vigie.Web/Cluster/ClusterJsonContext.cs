using System.Text.Json.Serialization;

namespace Vigie.Web.Cluster;

/// <summary>Source-generated JSON of the jobs, dead letters and role health (no reflection: the host is Native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(InvestigationMessage))]
[JsonSerializable(typeof(SweepMessage))]
[JsonSerializable(typeof(AlertBatchMessage))]
[JsonSerializable(typeof(DeadLetter))]
[JsonSerializable(typeof(RoleHealth))]
internal sealed partial class ClusterJsonContext : JsonSerializerContext;
