using System.IO.Compression;

namespace Vigie.Enrichment.Http;

/// <summary>
/// Reads a body through its Content-Encoding and stops at the cap. Decompression is done here rather than by the
/// handler so that the cap counts decompressed bytes: a 10 kB gzip of zeros that expands to gigabytes costs
/// the cap and nothing more, since a decompressor produces only what is asked of it.
/// </summary>
internal static class CappedBodyReader
{
    /// <summary>The body read so far; <c>TimedOut</c> when <paramref name="cancellationToken"/> fired mid-body (the bytes before are kept).</summary>
    public static async Task<(byte[] Body, bool Truncated, bool TimedOut)> ReadAsync(
        Stream raw, IEnumerable<string> contentEncodings, int cap, CancellationToken cancellationToken)
    {
        var stream = raw;
        // Content-Encoding lists codings in the order applied (RFC 9110 §8.4), so undo them from the last.
        foreach (var coding in contentEncodings.Reverse())
        {
            stream = coding.Trim().ToLowerInvariant() switch
            {
                "gzip" or "x-gzip" => new GZipStream(stream, CompressionMode.Decompress),
                "deflate" => new ZLibStream(stream, CompressionMode.Decompress),
                "br" => new BrotliStream(stream, CompressionMode.Decompress),
                "identity" or "" => stream,
                _ => throw new InvalidDataException($"unsupported content encoding '{coding}'"),
            };
        }

        await using (stream)
        {
            var buffer = new byte[cap + 1];
            var filled = 0;
            try
            {
                while (filled < buffer.Length)
                {
                    var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                    if (read == 0)
                    {
                        break;
                    }

                    filled += read;
                }
            }
            catch (OperationCanceledException)
            {
                return (buffer[..filled], true, true);
            }

            return filled > cap ? (buffer[..cap], true, false) : (buffer[..filled], false, false);
        }
    }
}
