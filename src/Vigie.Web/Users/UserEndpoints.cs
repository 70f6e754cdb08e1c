using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Users;
using Vigie.Web.Accounts;
using Vigie.Web.Html;
using Vigie.Web.Security;

namespace Vigie.Web.Users;

/// <summary>Users and API tokens, for admins. A new token's secret is shown once, on the page that created it.</summary>
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("").RequireAuthorization(Policies.Admin).ExcludeFromDescription();
        admin.MapGet("/users", (HttpContext context, IUserRepository users, IApiTokenRepository tokens) => RenderAsync(context, users, tokens));
        admin.MapPost("/users", CreateUserAsync);
        admin.MapPost("/users/{id:long}/role", SetRoleAsync);
        admin.MapPost("/tokens", CreateTokenAsync);
        admin.MapPost("/tokens/{id:long}/revoke", async (long id, IApiTokenRepository tokens, CancellationToken cancellationToken) =>
        {
            await tokens.RevokeAsync(id, cancellationToken);
            return Results.Redirect("/users");
        });
    }

    public static UserRole ParseRole(string? role) =>
        StoredEnum<UserRole>.TryParse(role ?? "", out var parsed) ? parsed : throw new BadQueryException($"role: '{role}' is not one of {string.Join(", ", StoredEnum<UserRole>.All)}");

    public static TokenScope ParseScope(string? scope) =>
        StoredEnum<TokenScope>.TryParse(scope ?? "", out var parsed) ? parsed : throw new BadQueryException($"scope: '{scope}' is not one of {string.Join(", ", StoredEnum<TokenScope>.All)}");

    private static async Task<IResult> RenderAsync(HttpContext context, IUserRepository users, IApiTokenRepository tokens, string? error = null, string? secret = null, int status = 200) =>
        UsersPage.Render(Ui.For(context), await users.ListAsync(context.RequestAborted), await tokens.ListAsync(null, context.RequestAborted), error, secret, status);

    private static async Task<IResult> CreateUserAsync(HttpContext context, IUserRepository users, IApiTokenRepository tokens, IPasswordHasher<User> hasher)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        try
        {
            var password = form["password"].ToString();
            Passwords.CheckNew(password);
            await users.CreateAsync(form["name"].ToString(), Passwords.Hash(hasher, password), ParseRole(form["role"]), null, context.RequestAborted);
            return Results.Redirect("/users");
        }
        catch (Exception e) when (e is RejectedException or BadQueryException)
        {
            return await RenderAsync(context, users, tokens, e.Message, status: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> SetRoleAsync(long id, HttpContext context, IUserRepository users, IApiTokenRepository tokens)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        try
        {
            var role = ParseRole(form["role"]);
            if (role != UserRole.Admin && UserClaims.Id(context.User) == id)
            {
                throw new BadQueryException("role: you cannot take the admin role from yourself; ask another admin");
            }

            return await users.SetRoleAsync(id, role, context.RequestAborted) ? Results.Redirect("/users") : Results.NotFound();
        }
        catch (BadQueryException e)
        {
            return await RenderAsync(context, users, tokens, e.Message, status: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> CreateTokenAsync(HttpContext context, IUserRepository users, IApiTokenRepository tokens)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        try
        {
            var created = await tokens.CreateAsync(UserClaims.Id(context.User)!.Value, form["name"].ToString(), ParseScope(form["scope"]), context.RequestAborted);
            return await RenderAsync(context, users, tokens, secret: created.Secret);
        }
        catch (Exception e) when (e is RejectedException or BadQueryException)
        {
            return await RenderAsync(context, users, tokens, e.Message, status: StatusCodes.Status400BadRequest);
        }
    }
}
