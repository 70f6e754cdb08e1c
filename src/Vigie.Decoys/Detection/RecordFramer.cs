namespace Vigie.Decoys.Detection;

/// <summary>
/// Finds complete records in bytes that arrive in pieces (a file that grows): it keeps its state between calls, so a
/// record torn across two reads is found whole once its end arrives. The caller drops the consumed bytes after each
/// call and the framer's positions move with them.
/// </summary>
internal sealed class RecordFramer(RecordFraming framing)
{
    private int resume;
    private int start = -1;
    private int depth;
    private bool inString;
    private bool quoted;

    /// <summary>Adds the ranges of the complete records of <paramref name="buffer"/>; returns how many leading bytes the caller may drop.</summary>
    public int Frame(ReadOnlySpan<byte> buffer, List<Range> records)
    {
        var consumed = framing switch
        {
            RecordFraming.Json => FrameJson(buffer, records),
            _ => FrameLines(buffer, records),
        };
        resume -= consumed;
        if (start >= 0)
        {
            start -= consumed;
        }

        return consumed;
    }

    /// <summary>Forgets a record in progress (a new file after rotation).</summary>
    public void Reset()
    {
        resume = 0;
        start = -1;
        depth = 0;
        inString = quoted = false;
    }

    private int FrameLines(ReadOnlySpan<byte> buffer, List<Range> records)
    {
        var lineStart = Math.Max(start, 0);
        var csv = framing == RecordFraming.Csv;
        var i = resume;
        while (i < buffer.Length)
        {
            var next = csv ? buffer[i..].IndexOfAny((byte)'\n', (byte)'"') : buffer[i..].IndexOf((byte)'\n');
            if (next < 0)
            {
                i = buffer.Length;
                break;
            }

            i += next;
            if (buffer[i] == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (i > lineStart)
                {
                    records.Add(lineStart..i);
                }

                lineStart = i + 1;
            }

            i++;
        }

        resume = i;
        start = lineStart;
        return lineStart;
    }

    private int FrameJson(ReadOnlySpan<byte> buffer, List<Range> records)
    {
        var i = resume;
        while (i < buffer.Length)
        {
            if (inString)
            {
                var next = buffer[i..].IndexOfAny((byte)'"', (byte)'\\');
                if (next < 0)
                {
                    i = buffer.Length;
                    break;
                }

                i += next;
                if (buffer[i] == (byte)'\\')
                {
                    // A backslash escapes the next byte whatever it is (RFC 8259 §7).
                    i += 2;
                    continue;
                }

                inString = false;
                i++;
                continue;
            }

            var b = buffer[i];
            if (depth == 0 && start < 0)
            {
                if (b is (byte)'{' or (byte)'[')
                {
                    start = i;
                    depth = 1;
                }

                // Anything else at the top level (whitespace, commas between values, a torn or foreign line) is skipped.
                i++;
                continue;
            }

            var structural = buffer[i..].IndexOfAny("{}[]\""u8);
            if (structural < 0)
            {
                i = buffer.Length;
                break;
            }

            i += structural;
            switch (buffer[i])
            {
                case (byte)'"':
                    inString = true;
                    break;
                case (byte)'{' or (byte)'[':
                    depth++;
                    break;
                default:
                    if (--depth == 0)
                    {
                        records.Add(start..(i + 1));
                        start = -1;
                    }

                    break;
            }

            i++;
        }

        resume = i;
        return start >= 0 ? start : Math.Min(resume, buffer.Length);
    }
}
