using Vigie.Storage.Tests.Support;

namespace Vigie.Decoys.Tests.Support;

/// <summary>One PostgreSQL server for the decoy tests that run on both databases.</summary>
[CollectionDefinition(Name)]
public sealed class DecoyCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "decoys";
}
