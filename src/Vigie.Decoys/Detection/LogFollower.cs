using System.Security.Cryptography;
using System.Text;
using Vigie.Storage.Decoys;

namespace Vigie.Decoys.Detection;

/// <summary>
/// Follows one sign-in log as it grows, like `tail -F`: reads what was appended since the last look, frames it into
/// records, keeps only the records that name a decoy (<see cref="DecoyIndex.MayName"/>) and parses those. Rotation is
/// seen two ways: the file at the path is shorter than what was read (copytruncate), or its first bytes are no longer
/// those of the file being read (rename and create); the rest of the old file is read to its end through the handle
/// still open, then the new file from its start. A record torn at the end of a read waits for the rest. Started from a
/// stored <see cref="LogPosition"/>, it resumes there when the file is still the same one (<see cref="LogIdentity"/>).
/// </summary>
internal sealed class LogFollower(string path, Func<ISignInParser> parsers, string source) : IDisposable
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>A record longer than this (a whole API export in one JSON array, a binary file) is dropped, not held in memory.</summary>
    private const int MaxRecordBytes = 64 << 20;

    private FileStream? stream;
    private byte[] head = [];
    private ISignInParser parser = parsers();
    private RecordFramer framer = new(parsers().Framing);
    private byte[] buffer = new byte[ChunkBytes * 2];
    private int buffered;
    private char[] text = new char[ChunkBytes];
    private LogPosition? resumeFrom;
    private LogPosition? stored;

    public string Source => source;

    /// <summary>Records looked at (the throughput bench's count).</summary>
    public long Records { get; private set; }

    /// <summary>True once <see cref="Resume"/> was called: the stored position was looked up.</summary>
    public bool Resumed { get; private set; }

    /// <summary>Where this follower stands now (the end of the last whole record read), when that is not what was stored last; else null.</summary>
    public LogPosition? Unsaved => stream is null || LogIdentity.Position(source, stream.Position - buffered, head) is var now && now == stored ? null : now;

    /// <summary>Starts from <paramref name="position"/> (null: from the start of the file) at the first read.</summary>
    public void Resume(LogPosition? position)
    {
        resumeFrom = stored = position;
        Resumed = true;
    }

    /// <summary>Notes that <paramref name="position"/> is stored, so <see cref="Unsaved"/> is null until the follower moves on.</summary>
    public void Saved(LogPosition position) => stored = position;

    /// <summary>Reads everything available now and returns the decoy uses it names.</summary>
    public List<DetectedUse> ReadAvailable(DecoyIndex decoys)
    {
        var found = new List<DetectedUse>();
        if (stream is null && !Open(decoys, found))
        {
            return found;
        }

        Drain(decoys, found);
        if (Rotated())
        {
            NextFile();
            if (LogIdentity.Open(path) is { } next)
            {
                Start(next, 0);
                Drain(decoys, found);
            }
        }

        return found;
    }

    public void Dispose() => stream?.Dispose();

    private bool Open(DecoyIndex decoys, List<DetectedUse> found)
    {
        if (resumeFrom is { } from)
        {
            resumeFrom = null;
            var file = LogIdentity.Open(path);
            if (file is not null && LogIdentity.Continues(file, from))
            {
                Start(file, from.ReadTo);
                return true;
            }

            file?.Dispose();

            // Rotated or truncated while stopped: the end of the file the position belongs to, if it is still beside
            // the path, then the new file from its start.
            if (LogIdentity.FindRotated(path, from) is { } old)
            {
                Start(old, from.ReadTo);
                Drain(decoys, found);
                NextFile();
            }
        }

        if (LogIdentity.Open(path) is not { } current)
        {
            return false;
        }

        Start(current, 0);
        return true;
    }

    private void Start(FileStream file, long offset)
    {
        stream = file;
        head = LogIdentity.ReadHead(file);
        if (offset > 0)
        {
            Prime();
            file.Position = offset;
        }
    }

    /// <summary>Resuming mid-file: a parser that must see the first record (a CSV header) reads it from the start first.</summary>
    private void Prime()
    {
        if (parser.Primed)
        {
            return;
        }

        var records = new List<Range>();
        var read = stream!.Read(buffer, 0, ChunkBytes);
        new RecordFramer(parser.Framing).Frame(buffer.AsSpan(0, read), records);
        if (records.Count > 0)
        {
            parser.Parse(Encoding.UTF8.GetString(buffer.AsSpan(records[0])).TrimEnd('\r'));
        }
    }

    private void NextFile()
    {
        stream!.Dispose();
        stream = null;
        parser = parsers();
        framer = new RecordFramer(parser.Framing);
        buffered = 0;
    }

    private bool Rotated()
    {
        using var current = LogIdentity.Open(path);

        // Renamed away and not created again yet (null): keep the old handle until the new file appears.
        return current is not null && (current.Length < stream!.Position || (head.Length > 0 && !LogIdentity.ReadHead(current).AsSpan().StartsWith(head)));
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
                if (head.Length < LogIdentity.HeadBytes && stream.Length > head.Length)
                {
                    // The file was shorter than the fingerprint when opened: take the longer one now it has grown.
                    var position = stream.Position;
                    head = LogIdentity.ReadHead(stream);
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
