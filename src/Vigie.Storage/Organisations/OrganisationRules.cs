using System.Text.RegularExpressions;
using Vigie.Core.Watchlists;

namespace Vigie.Storage.Organisations;

/// <summary>
/// What an organisation must be: a slug of lower-case letters, digits, dots and hyphens (a domain name fits, which
/// is what the CLI uses), a name, an IANA time zone this machine knows, and a watchlist the CLI would accept
/// (WatchlistLoader, the same checks and messages).
/// </summary>
internal static partial class OrganisationRules
{
    public static Watchlist Check(OrganisationDraft draft)
    {
        if (!Slug().IsMatch(draft.Slug))
        {
            throw new RejectedException($"slug '{draft.Slug}': use 1 to 63 lower-case letters, digits, dots and hyphens, starting with a letter or digit");
        }

        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Length > 200)
        {
            throw new RejectedException("name: give 1 to 200 characters");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(draft.TimeZone, out _))
        {
            throw new RejectedException($"time zone '{draft.TimeZone}': not a time zone this machine knows (e.g. Europe/Paris, UTC)");
        }

        try
        {
            return WatchlistLoader.Parse(draft.Watchlist, "watchlist");
        }
        catch (WatchlistException e)
        {
            throw new RejectedException(e.Message);
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,62}$")]
    private static partial Regex Slug();
}
