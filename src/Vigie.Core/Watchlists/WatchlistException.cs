namespace Vigie.Core.Watchlists;

/// <summary>A watchlist file that cannot be used; the message names the file, the line and the field.</summary>
internal sealed class WatchlistException(string message) : Exception(message);
