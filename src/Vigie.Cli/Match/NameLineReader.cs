using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Vigie.Cli.Match;

/// <summary>
/// Streams lines of names from a byte stream without loading it: strict UTF-8 (a line with invalid bytes is
/// reported, not guessed at), lines past <see cref="MaxLineBytes"/> skipped to their end without being held in
/// memory, CR LF accepted, blank and "#" lines passed over. <paramref name="beforeRead"/> runs each time every line
/// read so far has been handed out and more must be read from the stream, which may wait (a pipe, a terminal).
/// </summary>
internal sealed class NameLineReader(Stream stream, Action? beforeRead = null)
{
    /// <summary>A URL around a 253-character name fits easily; anything longer is not a name.</summary>
    public const int MaxLineBytes = 4096;

    private readonly byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Reads the next line to look at; false at the end of input.</summary>
    public bool TryRead(out string? name, out LineProblem problem)
    {
        while (true)
        {
            name = null;
            problem = LineProblem.None;
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline < 0)
            {
                if (_end - _start >= MaxLineBytes)
                {
                    SkipToNextLine();
                    problem = LineProblem.TooLong;
                    return true;
                }

                if (!Fill())
                {
                    if (_start == _end)
                    {
                        return false;
                    }

                    newline = _end - _start;
                }
                else
                {
                    continue;
                }
            }

            var line = _buffer.AsSpan(_start, newline);
            _start = Math.Min(_start + newline + 1, _end);
            if (line.Length > MaxLineBytes)
            {
                problem = LineProblem.TooLong;
                return true;
            }

            line = line.Trim(" \t\r"u8);
            if (line.IsEmpty || line[0] == (byte)'#')
            {
                continue;
            }

            name = Decode(line, out problem);
            return true;
        }
    }

    private static string? Decode(ReadOnlySpan<byte> line, out LineProblem problem)
    {
        problem = LineProblem.None;
        if (Ascii.IsValid(line))
        {
            return Encoding.ASCII.GetString(line);
        }

        Span<char> chars = stackalloc char[line.Length];
        var status = Utf8.ToUtf16(line, chars, out _, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            problem = LineProblem.InvalidUtf8;
            return null;
        }

        return new string(chars[..written]);
    }

    /// <summary>Moves what is left to the front of the buffer and reads more; false when nothing more came.</summary>
    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        beforeRead?.Invoke();
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return false;
        }

        _end += read;
        return true;
    }

    private void SkipToNextLine()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start += newline + 1;
                return;
            }

            _start = _end;
            if (!Fill())
            {
                return;
            }
        }
    }
}
