namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// The static-ct-api CtExtensions: a list of (uint8 type, opaque data&lt;0..2^16-1&gt;); type 0 is leaf_index,
/// a uint40 that must equal the entry's position, so a log cannot serve an entry at the wrong place.
/// </summary>
internal static class LeafIndexExtension
{
    public static long? Find(ReadOnlySpan<byte> extensions, long entry)
    {
        var reader = new TlsReader(extensions);
        try
        {
            while (!reader.IsEmpty)
            {
                var type = reader.ReadUInt8();
                var data = reader.ReadOpaque16();
                if (type == 0)
                {
                    if (data.Length != 5)
                    {
                        throw new CtFormatException($"leaf_index extension of {data.Length} bytes, expected 5");
                    }

                    return new TlsReader(data).ReadUInt40();
                }
            }
        }
        catch (CtFormatException e)
        {
            throw new CtFormatException($"entry {entry}: {e.Message}", e);
        }

        return null;
    }
}
