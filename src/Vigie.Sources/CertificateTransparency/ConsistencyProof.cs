namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Verifies that a tree of size <c>second</c> extends one of size <c>first</c> (RFC 9162 §2.1.4.2, the
/// verification algorithm for the RFC 6962 §2.1.2 consistency proofs that get-sth-consistency returns).
/// </summary>
internal static class ConsistencyProof
{
    public static bool Verify(long first, long second, byte[] firstRoot, byte[] secondRoot, IReadOnlyList<byte[]> proof)
    {
        if (first == second)
        {
            return proof.Count == 0 && firstRoot.AsSpan().SequenceEqual(secondRoot);
        }

        if (first == 0 || first > second || proof.Count == 0)
        {
            return first == 0 && proof.Count == 0;
        }

        var path = new List<byte[]>(proof);
        if (IsPowerOfTwo(first))
        {
            path.Insert(0, firstRoot);
        }

        long fn = first - 1, sn = second - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        byte[] fr = path[0], sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleTree.NodeHash(c, fr);
                sr = MerkleTree.NodeHash(c, sr);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                sr = MerkleTree.NodeHash(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && fr.AsSpan().SequenceEqual(firstRoot) && sr.AsSpan().SequenceEqual(secondRoot);
    }

    private static bool IsPowerOfTwo(long n) => (n & (n - 1)) == 0;
}
