using System.Text.Json.Serialization;

namespace Vigie.Web.Api;

/// <summary>Source-generated JSON for the API (no reflection: the host is Native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(FindingListJson))]
[JsonSerializable(typeof(FindingDetailsJson))]
[JsonSerializable(typeof(TriageJson))]
[JsonSerializable(typeof(TriageEventJson))]
[JsonSerializable(typeof(OrganisationJson))]
[JsonSerializable(typeof(IReadOnlyList<OrganisationJson>))]
[JsonSerializable(typeof(OrganisationInputJson))]
[JsonSerializable(typeof(SourcesJson))]
[JsonSerializable(typeof(UserJson))]
[JsonSerializable(typeof(IReadOnlyList<UserJson>))]
[JsonSerializable(typeof(UserInputJson))]
[JsonSerializable(typeof(RoleJson))]
[JsonSerializable(typeof(IReadOnlyList<TokenJson>))]
[JsonSerializable(typeof(TokenInputJson))]
[JsonSerializable(typeof(CreatedTokenJson))]
[JsonSerializable(typeof(ApiErrorJson))]
[JsonSerializable(typeof(HealthJson))]
[JsonSerializable(typeof(DecoyEventsJson))]
[JsonSerializable(typeof(OktaVerificationJson))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
