namespace Vigie.Web.Api;

/// <summary>A JSON shape of the API (snake_case on the wire, enum values as the store names them).</summary>
internal sealed record OrganisationJson(long Id, string Slug, string Name, string TimeZone, string Watchlist, IReadOnlyList<string> Domains, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
