using Microsoft.AspNetCore.Identity;
using Vigie.Storage;
using Vigie.Storage.Users;

namespace Vigie.Web.Accounts;

/// <summary>
/// Password hashing by ASP.NET Core Identity's PasswordHasher (PBKDF2-HMAC-SHA512, 100,000 iterations in its v3
/// format), and the one rule on new passwords: long enough (NIST SP 800-63B §5.1.1: length, no composition rules).
/// </summary>
internal static class Passwords
{
    public const int MinLength = 12;

    /// <summary>A user that does not exist still costs one hash check, so timing does not tell which names exist.</summary>
    private static readonly User Nobody = new(0, "", "", "", UserRole.Viewer, 0, null, null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    private static readonly Lazy<string> NobodyHash = new(() => new PasswordHasher<User>().HashPassword(Nobody, Guid.NewGuid().ToString()));

    public static void CheckNew(string password)
    {
        if (password.Length < MinLength || password.Length > 1024)
        {
            throw new RejectedException($"password: give at least {MinLength} characters");
        }
    }

    public static string Hash(IPasswordHasher<User> hasher, string password) => hasher.HashPassword(Nobody, password);

    public static PasswordVerificationResult Verify(IPasswordHasher<User> hasher, User? user, string password)
    {
        if (user is null)
        {
            hasher.VerifyHashedPassword(Nobody, NobodyHash.Value, password);
            return PasswordVerificationResult.Failed;
        }

        return hasher.VerifyHashedPassword(user, user.PasswordHash, password);
    }
}
