using System.Security.Cryptography;
using System.Text;

namespace Vigie.Decoys.Detection;

/// <summary>
/// Follows one sign-in log as it grows, like `tail -F`: reads what was appended since the last look, frames it into
/// records, keeps only the records that name a decoy (<see cref="DecoyIndex.MayName"/>) and parses those. Rotation is
/// seen two ways: the file at the path is shorter than what was read (copytruncate), or its first bytes are no longer
/// those of the file being read (rename and create); the rest of the old file is read to its end through the handle
/// still open, then the new file from its start. A record torn at the end of a read waits for the rest.
/// </summary>
internal sealed class LogFollower(string path, Func<ISignInParser> parsers, string source) : IDisposable
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>A record longer than this (a whole API export in one JSON array, a binary file) is dropped, not held in memory.</summary>
    private const int MaxRecordBytes = 64 << 20;

    private const int HeadBytes = 256;

    private FileStream? stream;
    private byte[] head = [];
    private ISignInParser parser = parsers();
    private RecordFramer framer = new(parsers().Framing);
    private byte[] buffer = new byte[ChunkBytes * 2];
    private int buffered;
    private char[] text = new char[ChunkBytes];

    public string Source => source;

    /// <summary>Bytes read so far from the current file.</summary>
    public long Position => stream?.Position ?? 0;

    /// <summary>Records looked at (the throughput bench's count).</summary>
    public long Records { get; private set; }

    /// <summary>Reads everything available now and returns the decoy uses it names.</summary>
    public List<DetectedUse> ReadAvailable(DecoyIndex decoys)
    {
        var found = new List<DetectedUse>();
        if (stream is null && !TryOpen())
        {
            return found;
        }

        Drain(decoys, found);
        if (Rotated())
        {
            stream!.Dispose();
            stream = null;
            parser = parsers();
            framer = new RecordFramer(parser.Framing);
            buffered = 0;
            if (TryOpen())
            {
                Drain(decoys, found);
            }
        }

        return found;
    }

    public void Dispose() => stream?.Dispose();

    private bool TryOpen()
    {
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            head = ReadHead(stream);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    private bool Rotated()
    {
        try
        {
            using var current = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
            return current.Length < stream!.Position || (head.Length > 0 && !ReadHead(current).AsSpan().StartsWith(head));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Renamed away and not created again yet: keep the old handle until the new file appears.
            return false;
        }
    }

    private static byte[] ReadHead(FileStream file)
    {
        var bytes = new byte[(int)Math.Min(HeadBytes, file.Length)];
        file.Position = 0;
        file.ReadExactly(bytes);
        file.Position = 0;
        return bytes;
    }

    private void Drain(DecoyIndex decoys, List<DetectedUse> found)
    {
        var records = new List<Range>();
        while (true)
        {
            if (buffer.Length - buffered < ChunkBytes)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream!.Read(buffer, buffered, ChunkBytes);
            if (read == 0)
            {
                if (head.Length < HeadBytes && stream.Length > head.Length)
                {
                    // The file was shorter than the fingerprint when opened: take the longer one now it has grown.
                    var position = stream.Position;
                    head = ReadHead(stream);
                    stream.Position = position;
                }

                return;
            }

            buffered += read;
            records.Clear();
            var consumed = framer.Frame(buffer.AsSpan(0, buffered), records);
            foreach (var range in records)
            {
                Inspect(buffer.AsSpan(range), decoys, found);
            }

            if (consumed > 0)
            {
                Buffer.BlockCopy(buffer, consumed, buffer, 0, buffered - consumed);
                buffered -= consumed;
            }

            if (buffered > MaxRecordBytes)
            {
                buffered = 0;
                framer.Reset();
            }
        }
    }

    private void Inspect(ReadOnlySpan<byte> record, DecoyIndex decoys, List<DetectedUse> found)
    {
        Records++;
        if (text.Length < record.Length)
        {
            text = new char[record.Length];
        }

        var length = Encoding.UTF8.GetChars(record, text);
        var chars = text.AsSpan(0, length).TrimEnd('\r');
        if (parser.Primed && !decoys.MayName(chars))
        {
            return;
        }

        var line = chars.ToString();
        foreach (var e in parser.Parse(line))
        {
            foreach (var decoy in decoys.Match(e.Username))
            {
                found.Add(new DetectedUse(decoy, e, source, e.EventId ?? Convert.ToHexStringLower(SHA256.HashData(record))));
            }
        }
    }
}
