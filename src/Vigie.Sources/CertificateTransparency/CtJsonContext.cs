using System.Text.Json.Serialization;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>Source-generated JSON for the CT wire formats: the CLI is Native AOT, so no reflection.</summary>
[JsonSerializable(typeof(GetEntriesResponse))]
[JsonSerializable(typeof(SignedTreeHeadJson))]
[JsonSerializable(typeof(NamesTileLine))]
[JsonSerializable(typeof(LogListJson))]
[JsonSerializable(typeof(LogListLogJson))]
[JsonSerializable(typeof(ConsistencyResponse))]
internal sealed partial class CtJsonContext : JsonSerializerContext;
