using System.Globalization;
using Vigie.Core.Domains;
using Vigie.Core.Permutations;
using Vigie.Core.Watchlists;
using Vigie.Storage.Organisations;
using Vigie.Storage.Scans;

namespace Vigie.Web.Pipeline.Sweeps;

/// <summary>
/// What one organisation's sweep resolves: for each domain of its watchlist, the permutations `vigie scan DOMAIN`
/// would sweep, with the watchlist's known subdomains of that domain flattened and stacked (as `--subdomains`).
/// Each domain has its own memory in the store, keyed by organisation and domain (<see cref="Key"/>), apart from
/// the CLI's, so that two organisations protecting one domain each see every change of it.
/// </summary>
internal sealed record SweepPlan(string Domain, string Key, IReadOnlyList<ScanTarget> Names)
{
    public static IReadOnlyList<SweepPlan> For(Organisation organisation)
    {
        var watchlist = WatchlistLoader.Parse(organisation.Watchlist, organisation.Slug);
        return [.. watchlist.Domains.Select(domain => new SweepPlan(domain, KeyOf(organisation.Id, domain),
            ScanTarget.Permutations(DomainName.Parse(domain), PermutationOptions.Default with { Subdomains = SubdomainLabels(watchlist, domain) })))];
    }

    /// <summary>The memory of one organisation's sweeps of one domain ("serve:12:en-marche.fr").</summary>
    public static string KeyOf(long organisation, string domain) => string.Create(CultureInfo.InvariantCulture, $"serve:{organisation}:{domain}");

    /// <summary>"onedrive.en-marche.fr" and "mail.en-marche.fr" as the labels "onedrive" and "mail" of en-marche.fr.</summary>
    private static List<string> SubdomainLabels(Watchlist watchlist, string domain) =>
        [.. watchlist.Subdomains.Where(s => s.EndsWith("." + domain, StringComparison.Ordinal)).Select(s => s[..^(domain.Length + 1)])];
}
