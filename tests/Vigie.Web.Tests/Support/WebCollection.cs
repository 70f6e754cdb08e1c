using Vigie.Storage.Tests.Support;

namespace Vigie.Web.Tests.Support;

/// <summary>One PostgreSQL server for every web test that runs on both databases.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "web";
}
