using System.Text.Json;
using Vigie.Web.Cluster;

namespace Vigie.Web.Tests.Cluster;

public sealed class DeadLetterTests
{
    [Fact]
    public void Deserialize_LetterWrittenBeforeJobsHadKinds_AnInvestigation()
    {
        var json = """{"finding_id":12,"name":"en-rnarche.fr","reason":"new","error":"crashed","deliveries":5,"at":"2026-12-01T21:00:00+00:00"}""";

        var letter = JsonSerializer.Deserialize(json, ClusterJsonContext.Default.DeadLetter)!;

        Assert.Equal(("investigate", 12L, 5), (letter.Kind, letter.FindingId, letter.Deliveries));
    }

    [Fact]
    public void Serialize_SweepLetter_KeepsItsKind()
    {
        var letter = new DeadLetter(0, "En Marche", "first sweep", "the resolver broke", 2, DateTimeOffset.UnixEpoch, null, "sweep");

        var read = JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(letter, ClusterJsonContext.Default.DeadLetter), ClusterJsonContext.Default.DeadLetter);

        Assert.Equal(letter, read);
    }
}
