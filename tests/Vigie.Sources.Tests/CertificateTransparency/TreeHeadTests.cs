using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigie.Sources.CertificateTransparency;
using Vigie.TestSupport;
using Vigie.TestSupport.CertificateTransparency;

namespace Vigie.Sources.Tests.CertificateTransparency;

public sealed class TreeHeadTests
{
    private static byte[] RomeKey()
    {
        using var log = JsonDocument.Parse(File.ReadAllBytes(SharedData.Path("ct/static-ct-checkpoint/log.v3.json")));
        return Convert.FromBase64String(log.RootElement.GetProperty("key").GetString()!);
    }

    [Fact]
    public void ParseAndVerify_SunlightCheckpoint_SizeRootAndTimestamp()
    {
        var head = Checkpoint.ParseAndVerify(File.ReadAllBytes(SharedData.Path("ct/static-ct-checkpoint/checkpoint")), "rome2026h1.example.org", RomeKey());

        Assert.Equal(300, head.TreeSize);
        Assert.Equal("lCkHUpkmVBEms2r2T1K6Og69+wUuuN3MIEW1/ezu2v0=", Convert.ToBase64String(head.RootHash));
        Assert.Equal(0x19b71b44c00, head.TimestampMs);
    }

    [Fact]
    public void ParseAndVerify_SizeChanged_SignatureFails()
    {
        var note = File.ReadAllText(SharedData.Path("ct/static-ct-checkpoint/checkpoint")).Replace("\n300\n", "\n301\n", StringComparison.Ordinal);

        var error = Assert.Throws<CtFormatException>(() => Checkpoint.ParseAndVerify(Encoding.UTF8.GetBytes(note), "rome2026h1.example.org", RomeKey()));

        Assert.Equal("checkpoint: the log's signature does not verify", error.Message);
    }

    [Fact]
    public void ParseAndVerify_OtherKey_NoSignatureByLog()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var error = Assert.Throws<CtFormatException>(() => Checkpoint.ParseAndVerify(
            File.ReadAllBytes(SharedData.Path("ct/static-ct-checkpoint/checkpoint")), "rome2026h1.example.org", other.ExportSubjectPublicKeyInfo()));

        Assert.StartsWith("checkpoint: no signature by the log's key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseAndVerify_WrongOrigin_Throws()
    {
        Assert.Throws<CtFormatException>(() => Checkpoint.ParseAndVerify(
            File.ReadAllBytes(SharedData.Path("ct/static-ct-checkpoint/checkpoint")), "paris2026h1.example.org", RomeKey()));
    }

    [Fact]
    public void OriginOf_MonitoringUrl_HostAndPath()
    {
        Assert.Equal("example.org/logs/a", Checkpoint.OriginOf(new Uri("https://example.org/logs/a/")));
    }

    [Fact]
    public void Verify_EveryPairOfSizesUpTo40_ProofsFromTheProverVerify()
    {
        var leaves = Enumerable.Range(0, 40).Select(i => SHA256.HashData(BitConverter.GetBytes(i))).ToList();
        for (var second = 1; second <= 40; second++)
        {
            for (var first = 1; first <= second; first++)
            {
                var proof = MerkleProofs.Consistency(leaves, first, second);
                Assert.True(ConsistencyProof.Verify(first, second, MerkleProofs.Root(leaves, 0, first), MerkleProofs.Root(leaves, 0, second), proof), $"{first}->{second}");
            }
        }
    }

    [Fact]
    public void Verify_ForkedTree_Fails()
    {
        var leaves = Enumerable.Range(0, 20).Select(i => SHA256.HashData(BitConverter.GetBytes(i))).ToList();
        var forked = leaves.ToList();
        forked[3] = SHA256.HashData("rewritten"u8);

        var proof = MerkleProofs.Consistency(forked, 7, 20);

        Assert.False(ConsistencyProof.Verify(7, 20, MerkleProofs.Root(leaves, 0, 7), MerkleProofs.Root(forked, 0, 20), proof));
    }

    [Fact]
    public void Verify_SignedByLogKey_TrueAndFalseWhenAltered()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var head = new SignedTreeHead(4, 1396877652123, SHA256.HashData("root"u8));
        var signature = TestLogSigner.Sign(key, head.TreeSize, head.TimestampMs, head.RootHash);

        Assert.True(TreeHeadSignature.Verify(key.ExportSubjectPublicKeyInfo(), head, signature));
        Assert.False(TreeHeadSignature.Verify(key.ExportSubjectPublicKeyInfo(), head with { TreeSize = 5 }, signature));
    }
}
