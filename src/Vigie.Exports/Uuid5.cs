using System.Security.Cryptography;
using System.Text;

namespace Vigie.Exports;

/// <summary>
/// Name-based UUIDs, version 5 (RFC 9562 §5.5: SHA-1 of the namespace's bytes and the name's UTF-8): the same
/// finding always gets the same STIX and MISP ids, so a re-export updates what a consumer holds instead of adding a copy.
/// </summary>
internal static class Uuid5
{
    /// <summary>Vigie's own namespace for the ids of objects it describes (organisations, indicators, events); a fixed random UUID.</summary>
    public static readonly Guid Vigie = new("6f1c2b8e-4d3a-4b7e-9a51-2f0e8c7d5a13");

    /// <summary>STIX 2.1 §2.9: the namespace of deterministic cyber-observable ids.</summary>
    public static readonly Guid StixObservables = new("00abedb4-aa42-466c-9c01-fed23315a9b7");

    public static Guid Create(Guid space, string name)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        space.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        namespaceBytes.CopyTo(input);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
        Span<byte> hash = stackalloc byte[20];
        // SHA-1 is what version 5 is defined with; it names objects here, it protects nothing.
#pragma warning disable CA5350
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
