using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Vigie.Storage;
using Vigie.Storage.Users;
using Vigie.Web.Accounts;
using Vigie.Web.Security;
using Vigie.Web.Users;

namespace Vigie.Web.Api;

/// <summary>/api/v1/me, and users and API tokens for admins.</summary>
internal static class UserApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me", async Task<Results<Ok<UserJson>, NotFound>> (HttpContext context, IUserRepository users) =>
            UserClaims.Id(context.User) is { } id && await users.GetAsync(id, context.RequestAborted) is { } user ? TypedResults.Ok(ApiMapper.User(user)) : TypedResults.NotFound())
            .WithSummary("The signed-in user or the owner of the token.");
        var admin = api.MapGroup("").RequireAuthorization(Policies.Admin);
        admin.MapGet("/users", async (IUserRepository users, CancellationToken cancellationToken) =>
            TypedResults.Ok<IReadOnlyList<UserJson>>([.. (await users.ListAsync(cancellationToken)).Select(ApiMapper.User)])).WithSummary("Every user (admin).");
        admin.MapPost("/users", CreateUserAsync).WithSummary("Adds a user with a password and a role (admin).");
        admin.MapPut("/users/{id:long}/role", async Task<Results<NoContent, NotFound, BadRequest<ApiErrorJson>>> (long id, RoleJson body, IUserRepository users, CancellationToken cancellationToken) =>
        {
            try
            {
                return await users.SetRoleAsync(id, UserEndpoints.ParseRole(body.Role), cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
            }
            catch (BadQueryException e)
            {
                return TypedResults.BadRequest(new ApiErrorJson(e.Message));
            }
        }).WithSummary("Changes a user's role (admin).");
        admin.MapGet("/tokens", async (IApiTokenRepository tokens, CancellationToken cancellationToken) =>
            TypedResults.Ok<IReadOnlyList<TokenJson>>([.. (await tokens.ListAsync(null, cancellationToken)).Select(ApiMapper.Token)])).WithSummary("Every API token, without secrets (admin).");
        admin.MapPost("/tokens", CreateTokenAsync).WithSummary("Makes an API token for the caller; its secret is in this answer only (admin).");
        admin.MapDelete("/tokens/{id:long}", async Task<Results<NoContent, NotFound>> (long id, IApiTokenRepository tokens, CancellationToken cancellationToken) =>
            await tokens.RevokeAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound()).WithSummary("Revokes an API token (admin).");
    }

    private static async Task<Results<Created<UserJson>, BadRequest<ApiErrorJson>>> CreateUserAsync(
        UserInputJson body, IUserRepository users, IPasswordHasher<User> hasher, CancellationToken cancellationToken)
    {
        try
        {
            Passwords.CheckNew(body.Password);
            var user = await users.CreateAsync(body.Name, Passwords.Hash(hasher, body.Password), UserEndpoints.ParseRole(body.Role), null, cancellationToken);
            return TypedResults.Created($"/api/v1/users/{user.Id}", ApiMapper.User(user));
        }
        catch (Exception e) when (e is RejectedException or BadQueryException)
        {
            return TypedResults.BadRequest(new ApiErrorJson(e.Message));
        }
    }

    private static async Task<Results<Ok<CreatedTokenJson>, BadRequest<ApiErrorJson>>> CreateTokenAsync(
        TokenInputJson body, HttpContext context, IApiTokenRepository tokens)
    {
        try
        {
            var created = await tokens.CreateAsync(UserClaims.Id(context.User)!.Value, body.Name, UserEndpoints.ParseScope(body.Scope), context.RequestAborted);
            return TypedResults.Ok(new CreatedTokenJson(ApiMapper.Token(created.Token), created.Secret));
        }
        catch (Exception e) when (e is RejectedException or BadQueryException)
        {
            return TypedResults.BadRequest(new ApiErrorJson(e.Message));
        }
    }
}
