using Vigie.Storage.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Storage.Tests.Database;

[Collection(PostgresCollection.Name)]
public sealed class VigieDatabaseLockTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task TryLockAsync_HeldElsewhere_RefusedUntilReleased(string kind)
    {
        using var folder = new TempFolder();
        await using var database = await TestDatabases.OpenAsync(kind, postgres, folder);
        // A second VigieDatabase on the same store stands for a second process.
        await using var other = kind == "sqlite" ? Storage.Database.VigieDatabase.Open(folder.File("vigie.db")) : null;
        var second = other ?? database;

        var held = await database.TryLockAsync("scan-en-marche.fr", CancellationToken.None);
        var refused = await second.TryLockAsync("scan-en-marche.fr", CancellationToken.None);
        var unrelated = await second.TryLockAsync("scan-example.com", CancellationToken.None);
        await held!.DisposeAsync();
        var after = await second.TryLockAsync("scan-en-marche.fr", CancellationToken.None);

        Assert.NotNull(held);
        Assert.Null(refused);
        Assert.NotNull(unrelated);
        Assert.NotNull(after);
        await unrelated!.DisposeAsync();
        await after!.DisposeAsync();
    }
}
