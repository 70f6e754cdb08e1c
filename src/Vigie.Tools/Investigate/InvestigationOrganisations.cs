using Vigie.Core.Watchlists;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;

namespace Vigie.Cli.Investigate;

/// <summary>
/// Whose finding a `vigie investigate` is (docs/findings.md, "Which organisation"): the organisation of the
/// --watchlist file, else of the first --watch domain, else every organisation that already has a finding of this
/// name; none when nothing says (the investigation is then printed and its evidence kept, but not filed).
/// </summary>
internal static class InvestigationOrganisations
{
    public static async Task<IReadOnlyList<long>> ResolveAsync(VigieDatabase database, FileInfo? file, Watchlist watchlist, string[] domains, string name,
        CancellationToken cancellationToken)
    {
        if (file is not null)
        {
            return [await OrganisationResolver.ForWatchlistAsync(database, watchlist, await File.ReadAllTextAsync(file.FullName, cancellationToken), TimeProvider.System, cancellationToken)];
        }

        if (domains.Length > 0 && WatchlistLoader.FromDomains(domains[..1]).Domains is [var domain, ..])
        {
            return [await OrganisationResolver.ForDomainAsync(database, domain, TimeProvider.System, cancellationToken)];
        }

        var found = await new FindingsStore(database, TimeProvider.System).Findings.ListAsync(new FindingQuery(Search: name, PageSize: FindingQuery.MaxPageSize), cancellationToken);
        return [.. found.Items.Where(f => f.Name == name).Select(f => f.OrganisationId).Distinct()];
    }
}
