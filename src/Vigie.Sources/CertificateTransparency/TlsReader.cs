using System.Buffers.Binary;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Reads the TLS presentation language (RFC 5246 §4) that RFC 6962 §3 and the static-ct-api use:
/// big-endian integers and length-prefixed opaque vectors. Every read checks the remaining length.
/// </summary>
internal ref struct TlsReader(ReadOnlySpan<byte> data)
{
    private ReadOnlySpan<byte> rest = data;

    public readonly int Remaining => rest.Length;

    public readonly bool IsEmpty => rest.IsEmpty;

    public byte ReadUInt8() => Take(1)[0];

    public ushort ReadUInt16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

    public int ReadUInt24()
    {
        var b = Take(3);
        return (b[0] << 16) | (b[1] << 8) | b[2];
    }

    public long ReadUInt40()
    {
        var b = Take(5);
        return ((long)b[0] << 32) | ((long)b[1] << 24) | ((long)b[2] << 16) | ((long)b[3] << 8) | b[4];
    }

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64BigEndian(Take(8));

    public ReadOnlySpan<byte> ReadOpaque8() => Take(ReadUInt8());

    public ReadOnlySpan<byte> ReadOpaque16() => Take(ReadUInt16());

    public ReadOnlySpan<byte> ReadOpaque24() => Take(ReadUInt24());

    public ReadOnlySpan<byte> Take(int count)
    {
        if (count > rest.Length)
        {
            throw new CtFormatException($"truncated: needs {count} more bytes, {rest.Length} left");
        }

        var taken = rest[..count];
        rest = rest[count..];
        return taken;
    }
}
