using Vigie.Core.Domains;
using Vigie.Core.Watchlists;

namespace Vigie.Cli.Watchlists;

/// <summary>The watchlist of a command: `--watchlist FILE` and any `--watch DOMAIN`, merged; errors become one-line usage errors.</summary>
internal static class WatchlistArguments
{
    public static Watchlist Load(string[] domains, FileInfo? file)
    {
        try
        {
            var fromFile = file is null ? Watchlist.Empty : WatchlistLoader.Load(file.FullName);
            var fromArgs = WatchlistLoader.FromDomains(domains);
            return fromFile with
            {
                Domains = [.. fromFile.Domains.Union(fromArgs.Domains)],
                Subdomains = [.. fromFile.Subdomains.Union(fromArgs.Subdomains)],
            };
        }
        catch (WatchlistException e)
        {
            throw new UsageException(e.Message);
        }
        catch (DomainNameException e)
        {
            throw new UsageException($"--watch: {e.Message}");
        }
    }
}
