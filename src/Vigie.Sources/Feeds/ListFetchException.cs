namespace Vigie.Sources.Feeds;

/// <summary>A list or zone file that could not be read or downloaded: one line naming it and why.</summary>
internal sealed class ListFetchException(string message, Exception? inner = null) : Exception(message, inner);
