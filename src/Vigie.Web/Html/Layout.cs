using Microsoft.AspNetCore.Http;
using Vigie.Web.Static;

namespace Vigie.Web.Html;

/// <summary>The frame of every page: the top bar (sections, language, sign-out) and the main column.</summary>
internal static class Layout
{
    private static readonly (string Path, string Key, bool AdminOnly)[] Sections =
    [
        ("/findings", "Nav.Findings", false),
        ("/organisations", "Nav.Organisations", false),
        ("/sources", "Nav.Sources", false),
        ("/users", "Nav.Users", true),
        ("/digest", "Nav.Digest", true),
    ];

    public static IResult Page(Ui ui, string title, HtmlFragment body, int status = StatusCodes.Status200OK)
    {
        var html = new HtmlBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{ui.Language}\"><head><meta charset=\"utf-8\">")
            .Append($"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title} · Vigie</title>")
            .Append($"<link rel=\"stylesheet\" href=\"{StaticAssets.Url("vigie.css")}\"></head><body>");
        if (ui.SignedIn)
        {
            TopBar(ui, html);
        }

        html.Append($"<main>{body}</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", null, status);
    }

    private static void TopBar(Ui ui, HtmlBuilder html)
    {
        html.Append($"<header class=\"top\"><a class=\"brand\" href=\"/findings\">Vigie</a><nav>");
        foreach (var (path, key, adminOnly) in Sections)
        {
            if (!adminOnly || ui.IsAdmin)
            {
                var current = ui.Path.StartsWith(path, StringComparison.Ordinal) ? " class=\"current\"" : string.Empty;
                html.Append($"<a href=\"{path}\"{new HtmlFragment(current)}>{ui.T(key)}</a>");
            }
        }

        html.Append($"</nav><div class=\"who\"><form method=\"post\" action=\"/preferences/language\" class=\"lang\">{ui.CsrfField}")
            .Append($"<input type=\"hidden\" name=\"returnUrl\" value=\"{ui.PathAndQuery}\">");
        foreach (var language in Localization.Texts.Languages.Where(l => l != ui.Language))
        {
            html.Append($"<button type=\"submit\" name=\"language\" value=\"{language}\">{language.ToUpperInvariant()}</button>");
        }

        html.Append($"</form><span>{ui.UserName}</span>")
            .Append($"<form method=\"post\" action=\"/signout\">{ui.CsrfField}<button type=\"submit\">{ui.T("Nav.SignOut")}</button></form></div></header>");
    }
}
