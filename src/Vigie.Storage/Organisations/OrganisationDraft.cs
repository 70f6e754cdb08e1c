namespace Vigie.Storage.Organisations;

/// <summary>An organisation as entered: checked by <see cref="OrganisationRules"/> before it is stored.</summary>
internal sealed record OrganisationDraft(string Slug, string Name, string TimeZone, string Watchlist);
