using Vigie.Core.Watchlists;
using Vigie.Storage.Database;
using Vigie.Storage.Organisations;

namespace Vigie.Web.Hosting;

/// <summary>
/// The `watchlists:` section: watchlist files whose organisations `vigie serve` files at every start, so a new
/// instance watches something before anyone signs in. Filing finds an organisation by the file's first domain or
/// name before creating one (<see cref="OrganisationResolver"/>), so the dashboard's later edits are never undone.
/// </summary>
internal static class WatchlistSeeds
{
    /// <summary>Each file read and checked now, as `--watchlist` is: a bad file stops the start, naming its line.</summary>
    public static List<string> Read(IEnumerable<string> paths, string baseFolder)
    {
        var files = paths.Select(p => Path.GetFullPath(p, baseFolder)).ToList();
        foreach (var file in files)
        {
            try
            {
                WatchlistLoader.Load(file);
            }
            catch (WatchlistException e)
            {
                throw new ServeConfigException($"watchlists: {e.Message}");
            }
        }

        return files;
    }

    /// <summary>Files every watchlist; returns one line per file for the log.</summary>
    public static async Task<List<string>> FileAsync(VigieDatabase database, IReadOnlyList<string> files, TimeProvider time, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var file in files)
        {
            string text;
            Watchlist watchlist;
            try
            {
                text = await File.ReadAllTextAsync(file, cancellationToken);
                watchlist = WatchlistLoader.Parse(text, file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or WatchlistException)
            {
                // The file changed since the configuration was checked: the organisation already filed stays as it is.
                lines.Add($"watchlist {file} skipped: {e.Message}");
                continue;
            }

            var id = await OrganisationResolver.ForWatchlistAsync(database, watchlist, text, time, cancellationToken);
            lines.Add($"watchlist {file}: organisation #{id}");
        }

        return lines;
    }
}
