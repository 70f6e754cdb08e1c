using Vigie.Storage.Database;
using Vigie.Storage.Migrations;
using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Storage.Tests.Migrations;

[Collection(PostgresCollection.Name)]
public sealed class MigratorTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task MigrateAsync_TwiceOnFreshDatabase_LatestVersionAndSecondRunNoOp(string kind)
    {
        using var folder = new TempFolder();
        await using var database = await TestDatabases.OpenAsync(kind, postgres, folder);

        var again = await Migrator.MigrateAsync(database, CancellationToken.None);

        Assert.Equal(Schema.Steps[^1].Version, again);
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var count = connection.Command("SELECT COUNT(*) FROM schema_version");
        Assert.Equal(Schema.Steps.Count, Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
