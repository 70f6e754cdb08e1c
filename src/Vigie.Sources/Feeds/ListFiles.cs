using Vigie.Sources.Http;

namespace Vigie.Sources.Feeds;

/// <summary>
/// Opens a list or a zone file given as a path, a file:// URL or an http(s):// URL. A download is streamed into a
/// temporary file deleted when the stream is closed (so a list that failed or was cut off leaves nothing behind),
/// at most <c>maxBytes</c> and within <c>deadline</c>; the stream returned is seekable, at its start.
/// </summary>
internal static class ListFiles
{
    /// <summary>A month of every new registration, uncompressed, is a few hundred MiB.</summary>
    public const long MaxListBytes = 1L << 30;

    /// <exception cref="ListFetchException">the file cannot be read, or the server answered an error or too much</exception>
    public static async Task<FileStream> OpenAsync(string location, IHttpDownloader http, long maxBytes, TimeSpan deadline, CancellationToken cancel)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var url) || url.IsFile)
        {
            try
            {
                return File.OpenRead(url?.LocalPath ?? location);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ListFetchException($"{location}: {e.Message}", e);
            }
        }

        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), "vigie-list-" + Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var status = await http.DownloadAsync(url, file, maxBytes, deadline, cancel);
            if (status is < 200 or >= 300)
            {
                throw new ListFetchException($"{location}: HTTP {status}");
            }

            file.Position = 0;
            return file;
        }
        catch (HttpRequestException e)
        {
            await file.DisposeAsync();
            throw new ListFetchException($"{location}: {e.Message}", e);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
