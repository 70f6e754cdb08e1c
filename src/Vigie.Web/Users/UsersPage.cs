using Microsoft.AspNetCore.Http;
using Vigie.Storage.Database;
using Vigie.Storage.Users;
using Vigie.Web.Accounts;
using Vigie.Web.Html;

namespace Vigie.Web.Users;

/// <summary>GET /users (admins): the users and their roles, the API tokens, and the forms to add, change and revoke them.</summary>
internal static class UsersPage
{
    public static IResult Render(Ui ui, IReadOnlyList<User> users, IReadOnlyList<ApiToken> tokens, string? error = null, string? newSecret = null, int status = StatusCodes.Status200OK)
    {
        var html = new HtmlBuilder();
        html.Append($"<h1>{ui.T("Users.Title")}</h1>");
        if (error is not null)
        {
            html.Append($"<p class=\"error\">{error}</p>");
        }

        if (newSecret is not null)
        {
            html.Append($"<div class=\"notice\"><p>{ui.T("Tokens.ShownOnce")}</p><pre class=\"detail\">{newSecret}</pre></div>");
        }

        html.Append($"<table><thead><tr><th>{ui.T("SignIn.Name")}</th><th>{ui.T("Users.Role")}</th><th>{ui.T("Users.Created")}</th><th></th></tr></thead><tbody>");
        foreach (var user in users)
        {
            html.Append($"<tr><td>{user.Name}</td><td><form method=\"post\" action=\"/users/{user.Id}/role\" class=\"row\">{ui.CsrfField}{RoleSelect(ui, user.Role)}")
                .Append($"<button class=\"secondary\" type=\"submit\">{ui.T("Users.ChangeRole")}</button></form></td><td>{ui.Date(user.CreatedAt)}</td>")
                .Append($"<td>{(user.LockedUntil is { } until ? ui.T("Users.LockedUntil") + " " + ui.Date(until) : "")}</td></tr>");
        }

        html.Append($"</tbody></table><h2>{ui.T("Users.Add")}</h2><form class=\"card row\" method=\"post\" action=\"/users\">{ui.CsrfField}")
            .Append($"<label>{ui.T("SignIn.Name")}<br><input name=\"name\" required></label>")
            .Append($"<label>{ui.T("SignIn.Password")}<br><input type=\"password\" name=\"password\" autocomplete=\"new-password\" minlength=\"{Passwords.MinLength}\" required></label>")
            .Append($"<label>{ui.T("Users.Role")}<br>{RoleSelect(ui, UserRole.Viewer)}</label><button type=\"submit\">{ui.T("Users.Create")}</button></form>");

        var names = users.ToDictionary(u => u.Id, u => u.Name);
        html.Append($"<h2>{ui.T("Tokens.Title")}</h2>");
        if (tokens.Count > 0)
        {
            html.Append($"<table><thead><tr><th>{ui.T("Tokens.Name")}</th><th>{ui.T("Tokens.Owner")}</th><th>{ui.T("Tokens.Scope")}</th><th>{ui.T("Users.Created")}</th><th>{ui.T("Tokens.LastUsed")}</th><th></th></tr></thead><tbody>");
            foreach (var token in tokens)
            {
                html.Append($"<tr><td>{token.Name}</td><td>{names.GetValueOrDefault(token.UserId, "?")}</td><td>{StoredEnum<TokenScope>.Format(token.Scope)}</td>")
                    .Append($"<td>{ui.Date(token.CreatedAt)}</td><td>{ui.Date(token.LastUsedAt)}</td><td>");
                if (token.RevokedAt is { } revoked)
                {
                    html.Append($"{ui.T("Tokens.Revoked")} {ui.Date(revoked)}");
                }
                else
                {
                    html.Append($"<form method=\"post\" action=\"/tokens/{token.Id}/revoke\">{ui.CsrfField}<button class=\"danger\" type=\"submit\">{ui.T("Tokens.Revoke")}</button></form>");
                }

                html.Append($"</td></tr>");
            }

            html.Append($"</tbody></table>");
        }

        html.Append($"<form class=\"card row\" method=\"post\" action=\"/tokens\">{ui.CsrfField}")
            .Append($"<label>{ui.T("Tokens.Name")}<br><input name=\"name\" required></label>")
            .Append($"<label>{ui.T("Tokens.Scope")}<br><select name=\"scope\"><option value=\"read\">read</option><option value=\"write\">write</option></select></label>")
            .Append($"<button type=\"submit\">{ui.T("Tokens.Create")}</button></form>");
        return Layout.Page(ui, ui.T("Users.Title"), html.ToFragment(), status);
    }

    private static HtmlFragment RoleSelect(Ui ui, UserRole current)
    {
        var html = new HtmlBuilder().Append($"<select name=\"role\">");
        foreach (var role in Enum.GetValues<UserRole>())
        {
            var name = StoredEnum<UserRole>.Format(role);
            html.Append($"<option value=\"{name}\"{new HtmlFragment(role == current ? " selected" : "")}>{ui.T("Role." + name)}</option>");
        }

        return html.Append($"</select>").ToFragment();
    }
}
