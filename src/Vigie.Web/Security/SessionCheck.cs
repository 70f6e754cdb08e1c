using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Vigie.Storage.Users;

namespace Vigie.Web.Security;

/// <summary>
/// Each request made with the sign-in cookie is checked against the stored user: a deleted user or a changed
/// password (a new security stamp) ends the session at once, and a changed role applies at once.
/// </summary>
internal static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal is { } principal ? UserClaims.Id(principal) : null;
        var users = context.HttpContext.RequestServices.GetRequiredService<IUserRepository>();
        var user = id is { } known ? await users.GetAsync(known, context.HttpContext.RequestAborted) : null;
        if (user is null || user.SecurityStamp != context.Principal!.FindFirstValue(UserClaims.Stamp))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync();
            return;
        }

        if (!context.Principal!.IsInRole(Vigie.Storage.Database.StoredEnum<UserRole>.Format(user.Role)))
        {
            context.ReplacePrincipal(new ClaimsPrincipal(UserClaims.Identity(user, user.Role, CookieAuthenticationDefaults.AuthenticationScheme)));
            context.ShouldRenew = true;
        }
    }
}
