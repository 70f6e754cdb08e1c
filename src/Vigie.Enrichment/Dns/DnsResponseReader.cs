using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Text;

namespace Vigie.Enrichment.Dns;

/// <summary>
/// Reads a response message (RFC 1035 §4.1) into a <see cref="DnsLookup"/>: header, question check, answer and
/// authority sections, with name compression (§4.1.4). Malformed input yields false, never an exception.
/// </summary>
internal static class DnsResponseReader
{
    public static ushort ReadId(ReadOnlySpan<byte> message) => BinaryPrimitives.ReadUInt16BigEndian(message);

    public static bool IsTruncated(ReadOnlySpan<byte> message) => message.Length >= 4 && (message[2] & 0x02) != 0;

    /// <summary>Parses a response to the question (<paramref name="name"/>, <paramref name="type"/>); false when malformed or for another question.</summary>
    public static bool TryRead(ReadOnlySpan<byte> message, string name, DnsRecordType type, out DnsLookup? lookup)
    {
        lookup = null;
        try
        {
            return TryReadCore(message, name, type, out lookup);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or FormatException)
        {
            return false;
        }
    }

    private static bool TryReadCore(ReadOnlySpan<byte> message, string name, DnsRecordType type, out DnsLookup? lookup)
    {
        lookup = null;
        if (message.Length < 12 || (message[2] & 0x80) == 0)
        {
            return false;
        }

        var rcode = (DnsResponseCode)(message[3] & 0x0f);
        int questions = BinaryPrimitives.ReadUInt16BigEndian(message[4..]);
        int answers = BinaryPrimitives.ReadUInt16BigEndian(message[6..]);
        int authority = BinaryPrimitives.ReadUInt16BigEndian(message[8..]);
        var at = 12;
        if (questions != 1)
        {
            return false;
        }

        // Only accept the answer to the question we asked (RFC 5452 §9.1: match ID, name, type and class).
        var qname = ReadName(message, ref at);
        var qtype = BinaryPrimitives.ReadUInt16BigEndian(message[at..]);
        at += 4;
        if (qtype != (ushort)type || !string.Equals(qname, name.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var answerRecords = ReadRecords(message, ref at, answers);
        var authorityRecords = ReadRecords(message, ref at, authority);
        lookup = new DnsLookup(name, type, DnsLookupOutcome.Answered, rcode, answerRecords, authorityRecords) { Authoritative = (message[2] & 0x04) != 0 };
        return true;
    }

    private static List<DnsRecord> ReadRecords(ReadOnlySpan<byte> message, ref int at, int count)
    {
        var records = new List<DnsRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var owner = ReadName(message, ref at);
            var rtype = BinaryPrimitives.ReadUInt16BigEndian(message[at..]);
            var ttl = BinaryPrimitives.ReadUInt32BigEndian(message[(at + 4)..]);
            int rdlength = BinaryPrimitives.ReadUInt16BigEndian(message[(at + 8)..]);
            at += 10;
            var end = at + rdlength;
            if (end > message.Length)
            {
                throw new FormatException("record data runs past the message");
            }

            var data = ReadData(message, at, rdlength, (DnsRecordType)rtype);
            if (data is not null)
            {
                records.Add(new DnsRecord(owner, (DnsRecordType)rtype, ttl, data));
            }

            at = end;
        }

        return records;
    }

    private static string? ReadData(ReadOnlySpan<byte> message, int at, int length, DnsRecordType type)
    {
        var p = at;
        switch (type)
        {
            case DnsRecordType.A when length == 4:
                return new IPAddress(message.Slice(at, 4)).ToString();
            case DnsRecordType.AAAA when length == 16:
                return new IPAddress(message.Slice(at, 16)).ToString();
            case DnsRecordType.NS or DnsRecordType.CNAME:
                return ReadName(message, ref p);
            case DnsRecordType.MX:
                var preference = BinaryPrimitives.ReadUInt16BigEndian(message[at..]);
                p += 2;
                return string.Create(CultureInfo.InvariantCulture, $"{preference} {ReadName(message, ref p)}");
            case DnsRecordType.SOA:
                var mname = ReadName(message, ref p);
                var rname = ReadName(message, ref p);
                var serial = BinaryPrimitives.ReadUInt32BigEndian(message[p..]);
                return string.Create(CultureInfo.InvariantCulture, $"{mname} {rname} {serial}");
            case DnsRecordType.TXT:
                // The character-strings of one TXT record are concatenated without separator (RFC 7208 §3.3).
                var text = new StringBuilder();
                while (p < at + length)
                {
                    int len = message[p++];
                    text.Append(Encoding.ASCII.GetString(message.Slice(p, len)));
                    p += len;
                }

                return text.ToString();
            default:
                return null;
        }
    }

    /// <summary>Reads a possibly compressed name; pointers may only point backwards, which also bounds the loop.</summary>
    private static string ReadName(ReadOnlySpan<byte> message, ref int at)
    {
        var name = new StringBuilder();
        var p = at;
        var jumped = false;
        var limit = p;
        while (true)
        {
            int len = message[p];
            if (len == 0)
            {
                p++;
                break;
            }

            if ((len & 0xc0) == 0xc0)
            {
                var target = ((len & 0x3f) << 8) | message[p + 1];
                if (target >= limit)
                {
                    throw new FormatException("forward compression pointer");
                }

                if (!jumped)
                {
                    at = p + 2;
                    jumped = true;
                }

                limit = target;
                p = target;
                continue;
            }

            if (name.Length > 0)
            {
                name.Append('.');
            }

            name.Append(Encoding.ASCII.GetString(message.Slice(p + 1, len)).ToLowerInvariant());
            p += len + 1;
        }

        if (!jumped)
        {
            at = p;
        }

        return name.ToString();
    }
}
