using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Vigie.Storage.Users;
using Vigie.Web.Hosting;

namespace Vigie.Web.Security;

/// <summary>Sign-in by cookie or API token, the role policies, antiforgery, the sign-in rate limit and the key ring.</summary>
internal static class SecurityServices
{
    public const string CookieName = "vigie.auth";

    /// <summary>Picks the Bearer handler when the request carries one, the cookie otherwise.</summary>
    private const string Selector = "vigie";

    public static IServiceCollection AddVigieSecurity(this IServiceCollection services, ServeConfig config)
    {
        var secure = config.BehindTls ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddDataProtection().SetApplicationName("vigie").PersistKeysToFileSystem(new DirectoryInfo(config.KeysFolder));
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<FirstAdminToken>();

        services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, null, o => o.ForwardDefaultSelector = c =>
                ApiTokenAuthentication.HasBearer(c.Request) ? ApiTokenAuthentication.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = secure;
                o.LoginPath = "/signin";
                o.LogoutPath = "/signout";
                o.AccessDeniedPath = "/denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = c => Refuse(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => Refuse(c, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = c => SessionCheck.ValidateAsync(c);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Analyst, p => p.RequireRole(Roles.Analyst, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "vigie.csrf";
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = AntiforgeryCheck.FieldName;
            o.HeaderName = AntiforgeryCheck.HeaderName;
        });

        // Ten sign-in attempts per minute per client address, on top of the per-account lockout.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policies.SignInLimit, c => RateLimitPartition.GetFixedWindowLimiter(
                c.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>The API and non-page requests get a status code; a page request is sent to the sign-in form.</summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || !HttpMethods.IsGet(request.Method))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
