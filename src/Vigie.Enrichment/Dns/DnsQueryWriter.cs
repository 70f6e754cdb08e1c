using System.Buffers.Binary;

namespace Vigie.Enrichment.Dns;

/// <summary>
/// Writes a query message (RFC 1035 §4.1) with an EDNS(0) OPT record (RFC 6891), and RD set unless the question
/// goes to an authoritative server directly.
/// </summary>
internal static class DnsQueryWriter
{
    /// <summary>
    /// 1232 bytes: the EDNS buffer size agreed at DNS Flag Day 2020, large enough for the MX and TXT answers of
    /// most domains without IP fragmentation; bigger answers come back truncated and are retried over TCP.
    /// </summary>
    public const ushort EdnsBufferSize = 1232;

    public const int MaxLength = 12 + 256 + 4 + 11;

    /// <summary>Writes the query into <paramref name="buffer"/>; false when the name cannot be encoded (label over 63 bytes…).</summary>
    public static bool TryWrite(Span<byte> buffer, ushort id, string name, DnsRecordType type, out int length, bool recursionDesired = true)
    {
        length = 0;
        BinaryPrimitives.WriteUInt16BigEndian(buffer, id);
        BinaryPrimitives.WriteUInt16BigEndian(buffer[2..], (ushort)(recursionDesired ? 0x0100 : 0)); // RD: to recursive resolvers
        BinaryPrimitives.WriteUInt16BigEndian(buffer[4..], 1);
        BinaryPrimitives.WriteUInt32BigEndian(buffer[6..], 0);
        BinaryPrimitives.WriteUInt16BigEndian(buffer[10..], 1);
        var at = 12;
        var trimmed = name.TrimEnd('.');
        if (trimmed.Length > 253)
        {
            return false;
        }

        foreach (var label in trimmed.Split('.'))
        {
            if (label.Length is 0 or > 63)
            {
                return false;
            }

            buffer[at++] = (byte)label.Length;
            foreach (var c in label)
            {
                if (c > 0x7e)
                {
                    return false; // the name must already be in A-labels (UTS 46 ToASCII)
                }

                buffer[at++] = (byte)char.ToLowerInvariant(c);
            }
        }

        buffer[at++] = 0;
        BinaryPrimitives.WriteUInt16BigEndian(buffer[at..], (ushort)type);
        BinaryPrimitives.WriteUInt16BigEndian(buffer[(at + 2)..], 1); // class IN
        at += 4;
        // OPT pseudo-record: root owner, type 41, CLASS = UDP payload size, TTL = extended RCODE/flags 0.
        buffer[at++] = 0;
        BinaryPrimitives.WriteUInt16BigEndian(buffer[at..], 41);
        BinaryPrimitives.WriteUInt16BigEndian(buffer[(at + 2)..], EdnsBufferSize);
        BinaryPrimitives.WriteUInt32BigEndian(buffer[(at + 4)..], 0);
        BinaryPrimitives.WriteUInt16BigEndian(buffer[(at + 8)..], 0);
        length = at + 10;
        return true;
    }
}
