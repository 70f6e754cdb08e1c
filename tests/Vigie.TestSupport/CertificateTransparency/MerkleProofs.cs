using Vigie.Sources.CertificateTransparency;

namespace Vigie.TestSupport.CertificateTransparency;

/// <summary>The prover side of RFC 6962 §2.1.2 (PROOF and SUBPROOF), for the logs the tests run.</summary>
public static class MerkleProofs
{
    public static List<byte[]> Consistency(IReadOnlyList<byte[]> leaves, int first, int second)
    {
        var proof = new List<byte[]>();
        if (first > 0 && first < second)
        {
            SubProof(leaves, 0, second, first, true, proof);
        }

        return proof;
    }

    private static void SubProof(IReadOnlyList<byte[]> leaves, int start, int count, int m, bool complete, List<byte[]> proof)
    {
        if (m == count)
        {
            if (!complete)
            {
                proof.Add(Root(leaves, start, count));
            }

            return;
        }

        var k = 1;
        while (k * 2 < count)
        {
            k *= 2;
        }

        if (m <= k)
        {
            SubProof(leaves, start, k, m, complete, proof);
            proof.Add(Root(leaves, start + k, count - k));
        }
        else
        {
            SubProof(leaves, start + k, count - k, m - k, false, proof);
            proof.Add(Root(leaves, start, k));
        }
    }

    public static byte[] Root(IReadOnlyList<byte[]> leaves, int start, int count) => MerkleTree.Root(leaves.Skip(start).Take(count).ToList());
}
