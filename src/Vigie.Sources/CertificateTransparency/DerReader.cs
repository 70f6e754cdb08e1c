using System.Formats.Asn1;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// A forward-only DER reader over a span (AsnReader takes a ReadOnlyMemory and allocates per nested reader;
/// System.Formats.Asn1 keeps its span-based reader internal, so this wraps the public AsnDecoder statics).
/// </summary>
internal ref struct DerReader(ReadOnlySpan<byte> data)
{
    private const AsnEncodingRules Der = AsnEncodingRules.DER;
    private ReadOnlySpan<byte> rest = data;

    public readonly bool HasData => !rest.IsEmpty;

    public readonly Asn1Tag PeekTag() => Asn1Tag.Decode(rest, out _);

    /// <summary>The next value with its tag and length, without moving past it.</summary>
    public readonly ReadOnlySpan<byte> PeekEncodedValue()
    {
        AsnDecoder.ReadEncodedValue(rest, Der, out _, out _, out var consumed);
        return rest[..consumed];
    }

    public ReadOnlySpan<byte> ReadEncodedValue()
    {
        AsnDecoder.ReadEncodedValue(rest, Der, out _, out _, out var consumed);
        var value = rest[..consumed];
        rest = rest[consumed..];
        return value;
    }

    public DerReader ReadSequence(Asn1Tag? tag = null)
    {
        AsnDecoder.ReadSequence(rest, Der, out var offset, out var length, out var consumed, tag);
        var inner = rest.Slice(offset, length);
        rest = rest[consumed..];
        return new DerReader(inner);
    }

    public DerReader ReadSetOf()
    {
        AsnDecoder.ReadSetOf(rest, Der, out var offset, out var length, out var consumed);
        var inner = rest.Slice(offset, length);
        rest = rest[consumed..];
        return new DerReader(inner);
    }

    public ReadOnlySpan<byte> ReadIntegerBytes()
    {
        var value = AsnDecoder.ReadIntegerBytes(rest, Der, out var consumed);
        rest = rest[consumed..];
        return value;
    }

    public ReadOnlySpan<byte> ReadOctetString()
    {
        if (!AsnDecoder.TryReadPrimitiveOctetString(rest, Der, out var value, out var consumed))
        {
            throw new AsnContentException("constructed OCTET STRING in DER");
        }

        rest = rest[consumed..];
        return value;
    }

    public ReadOnlySpan<byte> ReadBitString()
    {
        if (!AsnDecoder.TryReadPrimitiveBitString(rest, Der, out _, out var value, out var consumed))
        {
            throw new AsnContentException("constructed BIT STRING in DER");
        }

        rest = rest[consumed..];
        return value;
    }

    public bool ReadBoolean()
    {
        var value = AsnDecoder.ReadBoolean(rest, Der, out var consumed);
        rest = rest[consumed..];
        return value;
    }

    public string ReadCharacterString(UniversalTagNumber type, Asn1Tag? tag = null)
    {
        var value = AsnDecoder.ReadCharacterString(rest, Der, type, out var consumed, tag);
        rest = rest[consumed..];
        return value;
    }

    public ReadOnlySpan<byte> ReadPrimitiveBytes(Asn1Tag tag)
    {
        if (!AsnDecoder.TryReadPrimitiveCharacterStringBytes(rest, Der, tag, out var value, out var consumed))
        {
            throw new AsnContentException($"constructed {tag} in DER");
        }

        rest = rest[consumed..];
        return value;
    }

    public readonly void ThrowIfNotEmpty()
    {
        if (!rest.IsEmpty)
        {
            throw new AsnContentException("unexpected data after the end of a DER value");
        }
    }
}
