using System.Globalization;
using System.Security.Claims;
using Vigie.Storage.Database;
using Vigie.Storage.Users;

namespace Vigie.Web.Security;

/// <summary>The claims of a signed-in user: id, name, role, and the security stamp that ends old sessions when the password changes.</summary>
internal static class UserClaims
{
    public const string Stamp = "vigie:stamp";

    public static ClaimsIdentity Identity(User user, UserRole role, string scheme) => new(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Role, StoredEnum<UserRole>.Format(role)),
            new Claim(Stamp, user.SecurityStamp),
        ],
        scheme,
        ClaimTypes.Name,
        ClaimTypes.Role);

    public static long? Id(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
