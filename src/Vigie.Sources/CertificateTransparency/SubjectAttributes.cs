using System.Formats.Asn1;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>The subject Name (RFC 5280 §4.1.2.6): returns the last commonName and checks every string value.</summary>
internal static class SubjectAttributes
{
    // 2.5.4.3 id-at-commonName, DER-encoded with its tag and length.
    private static ReadOnlySpan<byte> CommonNameOid => [0x06, 0x03, 0x55, 0x04, 0x03];

    public static string? ReadCommonName(ref DerReader subject)
    {
        string? cn = null;
        while (subject.HasData)
        {
            var rdn = subject.ReadSetOf();
            while (rdn.HasData)
            {
                var attribute = rdn.ReadSequence();
                var type = attribute.ReadEncodedValue();
                var tag = attribute.PeekTag();
                if (type.SequenceEqual(CommonNameOid))
                {
                    cn = ReadString(ref attribute, tag);
                }
                else if (tag.TagClass == TagClass.Universal && tag.TagValue == (int)UniversalTagNumber.PrintableString)
                {
                    CheckPrintable(ref attribute, tag);
                }
                else
                {
                    attribute.ReadEncodedValue();
                }

                attribute.ThrowIfNotEmpty();
            }
        }

        return cn;
    }

    private static string? ReadString(ref DerReader attribute, Asn1Tag tag)
    {
        if (tag.TagClass == TagClass.Universal)
        {
            switch ((UniversalTagNumber)tag.TagValue)
            {
                case UniversalTagNumber.PrintableString:
                case UniversalTagNumber.UTF8String:
                case UniversalTagNumber.IA5String:
                case UniversalTagNumber.T61String:
                case UniversalTagNumber.BMPString:
                case UniversalTagNumber.UniversalString:
                case UniversalTagNumber.VisibleString:
                    return attribute.ReadCharacterString((UniversalTagNumber)tag.TagValue);
            }
        }

        attribute.ReadEncodedValue();
        return null;
    }

    // X.680 §41.4 Table 10: the PrintableString alphabet; checked on the bytes to avoid a string per attribute.
    private static void CheckPrintable(ref DerReader attribute, Asn1Tag tag)
    {
        var bytes = attribute.ReadPrimitiveBytes(tag);
        foreach (var b in bytes)
        {
            if (!(b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9'
                || b is (byte)' ' or (byte)'\'' or (byte)'(' or (byte)')' or (byte)'+' or (byte)',' or (byte)'-'
                    or (byte)'.' or (byte)'/' or (byte)':' or (byte)'=' or (byte)'?'))
            {
                throw new CtFormatException($"malformed certificate: byte 0x{b:x2} is not allowed in a PrintableString (X.680 §41.4)");
            }
        }
    }
}
