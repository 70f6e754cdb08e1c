using Microsoft.AspNetCore.Identity;
using Vigie.Storage.Database;
using Vigie.Storage.Migrations;
using Vigie.Storage.Users;

namespace Vigie.Web.Accounts;

/// <summary>`vigie user add` and `vigie user password`: users made or reset from the command line, hashed as the dashboard hashes.</summary>
internal static class UserAdmin
{
    public static async Task<User> AddAsync(string databaseLocation, string name, string password, UserRole role, CancellationToken cancellationToken)
    {
        Passwords.CheckNew(password);
        await using var database = VigieDatabase.Open(databaseLocation);
        await Migrator.MigrateAsync(database, cancellationToken);
        var users = new UserRepository(database, TimeProvider.System);
        return await users.CreateAsync(name, Passwords.Hash(new PasswordHasher<User>(), password), role, null, cancellationToken);
    }

    /// <summary>A new password, which also ends the user's sessions and any lockout; false when there is no such user.</summary>
    public static async Task<bool> ResetPasswordAsync(string databaseLocation, string name, string password, CancellationToken cancellationToken)
    {
        Passwords.CheckNew(password);
        await using var database = VigieDatabase.Open(databaseLocation);
        await Migrator.MigrateAsync(database, cancellationToken);
        var users = new UserRepository(database, TimeProvider.System);
        if (await users.FindByNameAsync(name, cancellationToken) is not { } user)
        {
            return false;
        }

        await users.SetPasswordHashAsync(user.Id, Passwords.Hash(new PasswordHasher<User>(), password), cancellationToken);
        await users.RecordSignInAsync(user.Id, cancellationToken);
        return true;
    }
}
