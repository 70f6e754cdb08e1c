using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Vigie.Storage;
using Vigie.Storage.Users;
using Vigie.Web.Html;
using Vigie.Web.Localization;
using Vigie.Web.Security;

namespace Vigie.Web.Accounts;

/// <summary>
/// Sign-in and sign-out by cookie, the first admin through the one-time token, and the language preference.
/// Five wrong passwords in a row lock an account for 15 minutes; the rate limiter also caps attempts per address.
/// </summary>
internal static class AccountEndpoints
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (HttpContext context, string? returnUrl) =>
            SignInPage.SignIn(Ui.For(context), LocalUrl(returnUrl), null)).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/signin", SignInAsync).AllowAnonymous().RequireRateLimiting(Policies.SignInLimit).ExcludeFromDescription();
        app.MapPost("/signout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/signin");
        }).ExcludeFromDescription();
        app.MapGet("/setup", (HttpContext context, FirstAdminToken token) =>
            token.IsOpen ? SignInPage.Setup(Ui.For(context), null) : Results.Redirect("/signin")).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/setup", SetupAsync).AllowAnonymous().RequireRateLimiting(Policies.SignInLimit).ExcludeFromDescription();
        app.MapPost("/preferences/language", LanguageAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IUserRepository users, IPasswordHasher<User> hasher, TimeProvider time)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var ui = Ui.For(context);
        var name = form["name"].ToString().Trim();
        var returnUrl = LocalUrl(form["returnUrl"]);
        var user = name.Length == 0 ? null : await users.FindByNameAsync(name, context.RequestAborted);
        if (user?.LockedUntil is { } until && until > time.GetUtcNow())
        {
            return SignInPage.SignIn(ui, returnUrl, string.Format(System.Globalization.CultureInfo.InvariantCulture, ui.T("SignIn.Locked"), ui.Date(until)), name, StatusCodes.Status403Forbidden);
        }

        var result = Passwords.Verify(hasher, user, form["password"].ToString());
        if (user is null || result == PasswordVerificationResult.Failed)
        {
            if (user is not null)
            {
                await users.RecordFailedSignInAsync(user.Id, MaxFailures, Lockout, context.RequestAborted);
            }

            return SignInPage.SignIn(ui, returnUrl, ui.T("SignIn.Wrong"), name, StatusCodes.Status401Unauthorized);
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await users.SetPasswordHashAsync(user.Id, Passwords.Hash(hasher, form["password"].ToString()), context.RequestAborted);
            user = await users.GetAsync(user.Id, context.RequestAborted) ?? user;
        }

        await users.RecordSignInAsync(user.Id, context.RequestAborted);
        await SignInUserAsync(context, user);
        return Results.Redirect(returnUrl);
    }

    private static async Task<IResult> SetupAsync(HttpContext context, IUserRepository users, IPasswordHasher<User> hasher, FirstAdminToken token)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var ui = Ui.For(context);
        if (await users.CountAsync(context.RequestAborted) > 0 || !token.IsOpen)
        {
            return Results.Redirect("/signin");
        }

        var password = form["password"].ToString();
        try
        {
            Passwords.CheckNew(password);
        }
        catch (RejectedException e)
        {
            return SignInPage.Setup(ui, e.Message, StatusCodes.Status400BadRequest);
        }

        if (!token.TryRedeem(form["token"].ToString().Trim()))
        {
            return SignInPage.Setup(ui, ui.T("Setup.WrongToken"), StatusCodes.Status403Forbidden);
        }

        User user;
        try
        {
            user = await users.CreateAsync(form["name"].ToString(), Passwords.Hash(hasher, password), UserRole.Admin, RequestLanguage.Of(context), context.RequestAborted);
        }
        catch (RejectedException e)
        {
            token.Issue();
            return SignInPage.Setup(ui, e.Message, StatusCodes.Status400BadRequest);
        }

        await SignInUserAsync(context, user);
        return Results.Redirect("/findings");
    }

    private static async Task<IResult> LanguageAsync(HttpContext context, IUserRepository users, Hosting.ServeConfig config)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var language = form["language"].ToString();
        if (!Texts.Languages.Contains(language))
        {
            return Results.BadRequest($"language: '{language}' is not one of {string.Join(", ", Texts.Languages)}");
        }

        if (UserClaims.Id(context.User) is { } id)
        {
            await users.SetLanguageAsync(id, language, context.RequestAborted);
        }

        RequestLanguage.Remember(context.Response, language, config.BehindTls || context.Request.IsHttps);
        return Results.Redirect(LocalUrl(form["returnUrl"]));
    }

    private static async Task SignInUserAsync(HttpContext context, User user)
    {
        var identity = UserClaims.Identity(user, user.Role, CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new System.Security.Claims.ClaimsPrincipal(identity));
        if (user.Language is { } language && Texts.Languages.Contains(language))
        {
            RequestLanguage.Remember(context.Response, language, context.Request.IsHttps);
        }
    }

    /// <summary>Only a path on this site is followed after sign-in: "//evil.example" or "https://…" would send people away.</summary>
    private static string LocalUrl(string? url) =>
        url is { Length: > 1 } u && u[0] == '/' && u[1] != '/' && u[1] != '\\' ? u : url == "/" ? "/" : "/findings";
}
