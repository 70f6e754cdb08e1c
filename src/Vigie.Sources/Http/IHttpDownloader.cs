namespace Vigie.Sources.Http;

/// <summary>
/// A GET whose body is streamed into <c>destination</c>, never held in memory: for lists that may be large (a month
/// of newly registered domains). Stops with <see cref="HttpRequestException"/> past <c>maxBytes</c> or
/// <c>deadline</c>, so an endless or trickling answer cannot fill the disk or hang the run.
/// </summary>
internal interface IHttpDownloader
{
    /// <summary>The HTTP status; the body is in <paramref name="destination"/> only when it is a success.</summary>
    Task<int> DownloadAsync(Uri uri, Stream destination, long maxBytes, TimeSpan deadline, CancellationToken cancel);
}
