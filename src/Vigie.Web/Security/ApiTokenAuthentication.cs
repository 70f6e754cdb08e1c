using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vigie.Storage.Users;

namespace Vigie.Web.Security;

/// <summary>
/// "Authorization: Bearer vigie_…" for scripts (RFC 6750 §2.1). The token is looked up by its SHA-256 (tokens are
/// hashed at rest); a read-scoped token acts as a viewer, a write-scoped one with its owner's role.
/// </summary>
internal sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IApiTokenRepository tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var token = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var holder = await tokens.AuthenticateAsync(token, Context.RequestAborted);
        if (holder is null)
        {
            return AuthenticateResult.Fail("unknown or revoked API token");
        }

        var role = holder.Token.Scope == TokenScope.Write ? holder.User.Role : UserRole.Viewer;
        var identity = UserClaims.Identity(holder.User, role, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new System.Security.Claims.ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return Task.CompletedTask;
    }
}
