using Vigie.Storage.Database;
using Vigie.Storage.Tests.Support;
using Vigie.Storage.Users;

namespace Vigie.Storage.Tests.Users;

[Collection(PostgresCollection.Name)]
public sealed class UserRepositoryTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task RecordFailedSignInAsync_ThirdFailure_LockedOutThenSignInClears(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var users = fixture.Store.Users;
        var alice = await users.CreateAsync("Alice", "AQAAAAIAAYagAAAAE", UserRole.Admin, "fr", CancellationToken.None);

        var once = await users.RecordFailedSignInAsync(alice.Id, 3, TimeSpan.FromMinutes(15), CancellationToken.None);
        await users.RecordFailedSignInAsync(alice.Id, 3, TimeSpan.FromMinutes(15), CancellationToken.None);
        var locked = await users.RecordFailedSignInAsync(alice.Id, 3, TimeSpan.FromMinutes(15), CancellationToken.None);
        await users.RecordSignInAsync(alice.Id, CancellationToken.None);

        Assert.Equal((1, (DateTimeOffset?)null), (once!.FailedSignIns, once.LockedUntil));
        Assert.Equal(0, locked!.FailedSignIns);
        Assert.True(locked.LockedUntil > alice.CreatedAt.AddMinutes(14));
        var cleared = (await users.FindByNameAsync(" alice ", CancellationToken.None))!;
        Assert.Equal((0, (DateTimeOffset?)null, "Alice", "fr"), (cleared.FailedSignIns, cleared.LockedUntil, cleared.Name, cleared.Language));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task SetPasswordHashAsync_NewHash_NewStampAndNameStillUnique(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var users = fixture.Store.Users;
        var bob = await users.CreateAsync("bob", "h1", UserRole.Viewer, null, CancellationToken.None);

        Assert.True(await users.SetPasswordHashAsync(bob.Id, "h2", CancellationToken.None));
        Assert.True(await users.SetRoleAsync(bob.Id, UserRole.Analyst, CancellationToken.None));
        Assert.False(await users.SetLanguageAsync(bob.Id + 1, "en", CancellationToken.None));
        var taken = await Assert.ThrowsAsync<RejectedException>(() => users.CreateAsync("BOB", "h", UserRole.Admin, null, CancellationToken.None));

        var changed = (await users.GetAsync(bob.Id, CancellationToken.None))!;
        Assert.Equal(("h2", UserRole.Analyst), (changed.PasswordHash, changed.Role));
        Assert.NotEqual(bob.SecurityStamp, changed.SecurityStamp);
        Assert.Contains("another user", taken.Message, StringComparison.Ordinal);
        Assert.Equal(1, await users.CountAsync(CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task AuthenticateAsync_TokenSecret_UserFoundUntilRevoked(string kind)
    {
        await using var fixture = await StoreFixture.OpenAsync(kind, postgres);
        var user = await fixture.Store.Users.CreateAsync("script", "h", UserRole.Analyst, null, CancellationToken.None);
        var tokens = fixture.Store.Tokens;
        var created = await tokens.CreateAsync(user.Id, "nightly export", TokenScope.Read, CancellationToken.None);

        var holder = await tokens.AuthenticateAsync(created.Secret, CancellationToken.None);
        var wrong = await tokens.AuthenticateAsync(created.Secret + "x", CancellationToken.None);
        var revoked = await tokens.RevokeAsync(created.Token.Id, CancellationToken.None);
        var after = await tokens.AuthenticateAsync(created.Secret, CancellationToken.None);

        Assert.StartsWith("vigie_", created.Secret, StringComparison.Ordinal);
        Assert.Equal((user.Id, "script", TokenScope.Read), (holder!.User.Id, holder.User.Name, holder.Token.Scope));
        Assert.NotNull(holder.Token.LastUsedAt);
        Assert.Null(wrong);
        Assert.True(revoked);
        Assert.Null(after);
        var listed = Assert.Single(await tokens.ListAsync(user.Id, CancellationToken.None));
        Assert.NotNull(listed.RevokedAt);
        Assert.Empty(await tokens.ListAsync(user.Id + 1, CancellationToken.None));
        await using var connection = await fixture.Database.OpenConnectionAsync(CancellationToken.None);
        await using var stored = connection.Command("SELECT token_hash FROM api_tokens");
        Assert.DoesNotContain(created.Secret, (string)(await stored.ExecuteScalarAsync())!, StringComparison.Ordinal);
    }
}
