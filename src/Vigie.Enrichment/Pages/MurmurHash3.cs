using System.Buffers.Binary;
using System.Numerics;

namespace Vigie.Enrichment.Pages;

/// <summary>
/// MurmurHash3 x86_32 (Austin Appleby's public-domain reference, MurmurHash3.cpp), seed 0, as Python's mmh3.hash
/// returns it: a signed 32-bit integer. Threat-intelligence tools (Shodan's http.favicon.hash, Censys) index sites by
/// this hash of the favicon's base64, so a finding's icon hash can be searched there as is.
/// </summary>
internal static class MurmurHash3
{
    private const uint C1 = 0xcc9e2d51, C2 = 0x1b873593;

    public static int Hash32(ReadOnlySpan<byte> data, uint seed = 0)
    {
        var h = seed;
        var blocks = data.Length / 4;
        for (var i = 0; i < blocks; i++)
        {
            var k = BinaryPrimitives.ReadUInt32LittleEndian(data[(i * 4)..]);
            h ^= Mix(k);
            h = (BitOperations.RotateLeft(h, 13) * 5) + 0xe6546b64;
        }

        var tail = data[(blocks * 4)..];
        uint last = 0;
        for (var i = tail.Length - 1; i >= 0; i--)
        {
            last = (last << 8) | tail[i];
        }

        if (tail.Length > 0)
        {
            h ^= Mix(last);
        }

        h ^= (uint)data.Length;
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return unchecked((int)h);
    }

    private static uint Mix(uint k) => BitOperations.RotateLeft(k * C1, 15) * C2;
}
