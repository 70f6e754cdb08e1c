namespace Vigie.Storage.Organisations;

/// <summary>The organisations an instance protects, each with its watchlist.</summary>
internal interface IOrganisationRepository
{
    /// <summary>Stores a new organisation; <see cref="RejectedException"/> for a bad slug, time zone or watchlist, or a slug taken.</summary>
    Task<Organisation> CreateAsync(OrganisationDraft draft, CancellationToken cancellationToken);

    /// <summary>Replaces the organisation's fields; null when there is no such organisation. Rejects as <see cref="CreateAsync"/> does.</summary>
    Task<Organisation?> UpdateAsync(long id, OrganisationDraft draft, CancellationToken cancellationToken);

    Task<Organisation?> GetAsync(long id, CancellationToken cancellationToken);

    Task<Organisation?> GetBySlugAsync(string slug, CancellationToken cancellationToken);

    /// <summary>Every organisation, by name.</summary>
    Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The organisations whose watchlist has <paramref name="domain"/> among its domains, oldest first.</summary>
    Task<IReadOnlyList<Organisation>> FindByDomainAsync(string domain, CancellationToken cancellationToken);
}
