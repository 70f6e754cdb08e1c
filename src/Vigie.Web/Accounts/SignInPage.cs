using Vigie.Web.Html;

namespace Vigie.Web.Accounts;

/// <summary>The sign-in form and the first-admin form (/setup); both anonymous, both rate-limited.</summary>
internal static class SignInPage
{
    public static Microsoft.AspNetCore.Http.IResult SignIn(Ui ui, string returnUrl, string? error, string name = "", int status = 200)
    {
        var html = new HtmlBuilder();
        html.Append($"<div class=\"signin card\"><h1>Vigie</h1>");
        if (error is not null)
        {
            html.Append($"<p class=\"error\">{error}</p>");
        }

        html.Append($"<form method=\"post\" action=\"/signin\">{ui.CsrfField}<input type=\"hidden\" name=\"returnUrl\" value=\"{returnUrl}\">")
            .Append($"<label>{ui.T("SignIn.Name")}<input name=\"name\" autocomplete=\"username\" required value=\"{name}\"></label>")
            .Append($"<label>{ui.T("SignIn.Password")}<input type=\"password\" name=\"password\" autocomplete=\"current-password\" required></label>")
            .Append($"<button type=\"submit\">{ui.T("SignIn.Submit")}</button></form></div>");
        return Layout.Page(ui, ui.T("SignIn.Title"), html.ToFragment(), status);
    }

    public static Microsoft.AspNetCore.Http.IResult Setup(Ui ui, string? error, int status = 200)
    {
        var html = new HtmlBuilder();
        html.Append($"<div class=\"signin card\"><h1>{ui.T("Setup.Title")}</h1><p class=\"muted\">{ui.T("Setup.Intro")}</p>");
        if (error is not null)
        {
            html.Append($"<p class=\"error\">{error}</p>");
        }

        html.Append($"<form method=\"post\" action=\"/setup\">{ui.CsrfField}")
            .Append($"<label>{ui.T("Setup.Token")}<input name=\"token\" autocomplete=\"off\" required></label>")
            .Append($"<label>{ui.T("SignIn.Name")}<input name=\"name\" autocomplete=\"username\" required></label>")
            .Append($"<label>{ui.T("SignIn.Password")}<input type=\"password\" name=\"password\" autocomplete=\"new-password\" minlength=\"{Passwords.MinLength}\" required></label>")
            .Append($"<button type=\"submit\">{ui.T("Setup.Submit")}</button></form></div>");
        return Layout.Page(ui, ui.T("Setup.Title"), html.ToFragment(), status);
    }
}
