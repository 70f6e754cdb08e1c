using System.CommandLine;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Users;
using Vigie.Web.Accounts;

namespace Vigie.Cli.Serve;

/// <summary>`vigie user add NAME [--admin|--role R]` and `vigie user password NAME`: dashboard users from the command line (README.md, "vigie serve").</summary>
internal static class UserCommand
{
    public static Command Create()
    {
        var db = new Option<string?>("--db") { Description = "SQLite file, or a PostgreSQL connection string (Host=...); default: $XDG_DATA_HOME/vigie/vigie.db." };
        var addName = new Argument<string>("NAME") { Description = "The name to sign in with." };
        var admin = new Option<bool>("--admin") { Description = "Make the user an admin (the same as --role admin)." };
        var role = new Option<string?>("--role") { Description = "viewer (reads), analyst (also triages and edits watchlists) or admin (also users and tokens); default: viewer." };
        var add = new Command("add", "Add a dashboard user; the password is read from standard input (typed without echo on a terminal).") { addName, admin, role, db };
        add.SetAction(async (parse, cancel) =>
        {
            var chosen = parse.GetValue(admin) ? UserRole.Admin
                : StoredEnum<UserRole>.TryParse(parse.GetValue(role) ?? "viewer", out var r) ? r
                : throw new UsageException($"--role: '{parse.GetValue(role)}' is not one of {string.Join(", ", StoredEnum<UserRole>.All)}");
            var password = await PasswordInput.ReadAsync(parse.InvocationConfiguration.Error, cancel);
            try
            {
                var user = await UserAdmin.AddAsync(parse.GetValue(db) ?? DataPaths.Database, parse.GetValue(addName)!, password, chosen, cancel);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"vigie: user '{user.Name}' added ({StoredEnum<UserRole>.Format(user.Role)})");
                return ExitCodes.Success;
            }
            catch (RejectedException e)
            {
                throw new UsageException(e.Message);
            }
        });

        var resetName = new Argument<string>("NAME") { Description = "The user whose password to replace." };
        var reset = new Command("password", "Replace a user's password (read from standard input); ends their sessions and any lockout.") { resetName, db };
        reset.SetAction(async (parse, cancel) =>
        {
            var password = await PasswordInput.ReadAsync(parse.InvocationConfiguration.Error, cancel);
            try
            {
                return await UserAdmin.ResetPasswordAsync(parse.GetValue(db) ?? DataPaths.Database, parse.GetValue(resetName)!, password, cancel)
                    ? ExitCodes.Success
                    : throw new UsageException($"no user '{parse.GetValue(resetName)}'");
            }
            catch (RejectedException e)
            {
                throw new UsageException(e.Message);
            }
        });
        return new Command("user", ServeHost.UserDescription) { add, reset };
    }
}
