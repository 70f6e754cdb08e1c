namespace Vigie.Storage.Tests.Support;

/// <summary>One PostgreSQL server for all storage tests (initdb takes a couple of seconds).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
