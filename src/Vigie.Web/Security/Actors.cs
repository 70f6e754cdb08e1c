using System.Security.Claims;
using Vigie.Storage.Findings;

namespace Vigie.Web.Security;

/// <summary>The signed-in user as the store's audit trail names them.</summary>
internal static class Actors
{
    public static Actor Of(ClaimsPrincipal user) => new(user.Identity?.Name ?? "unknown", UserClaims.Id(user));
}
