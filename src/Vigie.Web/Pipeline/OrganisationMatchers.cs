using Vigie.Core.Matching;
using Vigie.Core.Watchlists;
using Vigie.Storage.Organisations;

namespace Vigie.Web.Pipeline;

/// <summary>
/// One matcher per organisation, shared by every source: built from each watchlist, rebuilt when a watchlist is
/// edited (its organisation's UpdatedAt moves), and the list read again at most every <paramref name="refresh"/>, so
/// an edit on the dashboard reaches the sources within that time without a restart.
/// </summary>
internal sealed class OrganisationMatchers(IOrganisationRepository organisations, TimeProvider time, TimeSpan refresh)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyList<OrganisationMatcher> current = [];
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    public async Task<IReadOnlyList<OrganisationMatcher>> CurrentAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - loadedAt < refresh)
        {
            return current;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (time.GetUtcNow() - loadedAt >= refresh)
            {
                var known = current.ToDictionary(m => m.Organisation.Id);
                var fresh = new List<OrganisationMatcher>();
                foreach (var organisation in await organisations.ListAsync(cancellationToken))
                {
                    fresh.Add(known.TryGetValue(organisation.Id, out var built) && built.Organisation.UpdatedAt == organisation.UpdatedAt
                        ? built
                        : new OrganisationMatcher(organisation, Matcher.Build(WatchlistLoader.Parse(organisation.Watchlist, organisation.Slug), MatcherOptions.Default)));
                }

                current = fresh;
                loadedAt = time.GetUtcNow();
            }

            return current;
        }
        finally
        {
            gate.Release();
        }
    }
}
