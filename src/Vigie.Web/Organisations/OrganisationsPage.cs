using Microsoft.AspNetCore.Http;
using Vigie.Storage.Organisations;
using Vigie.Web.Html;

namespace Vigie.Web.Organisations;

/// <summary>The organisations and their watchlists: the list with the form to add one (admins), and one organisation's editor.</summary>
internal static class OrganisationsPage
{
    public const string DefaultWatchlist = "domains:\n  - example.org\n";

    public static IResult List(Ui ui, IReadOnlyList<Organisation> organisations, OrganisationDraft? draft = null, string? error = null, int status = StatusCodes.Status200OK)
    {
        var html = new HtmlBuilder();
        html.Append($"<h1>{ui.T("Organisations.Title")}</h1>");
        if (organisations.Count == 0)
        {
            html.Append($"<p class=\"card muted\">{ui.T("Organisations.None")}</p>");
        }
        else
        {
            html.Append($"<table><thead><tr><th>{ui.T("Organisations.Name")}</th><th>{ui.T("Organisations.Slug")}</th><th>{ui.T("Organisations.TimeZone")}</th><th>{ui.T("Organisations.Domains")}</th></tr></thead><tbody>");
            foreach (var organisation in organisations)
            {
                html.Append($"<tr><td><a href=\"/organisations/{organisation.Id}\">{organisation.Name}</a></td><td>{organisation.Slug}</td>")
                    .Append($"<td>{organisation.TimeZone}</td><td class=\"name\">{string.Join(", ", organisation.Domains)}</td></tr>");
            }

            html.Append($"</tbody></table>");
        }

        if (ui.IsAdmin)
        {
            html.Append($"<h2>{ui.T("Organisations.Add")}</h2>");
            Form(ui, html, "/organisations", draft ?? new OrganisationDraft("", "", "UTC", DefaultWatchlist), error, withSlug: true);
        }

        return Layout.Page(ui, ui.T("Organisations.Title"), html.ToFragment(), status);
    }

    public static IResult Edit(Ui ui, Organisation organisation, OrganisationDraft? draft = null, string? error = null, int status = StatusCodes.Status200OK)
    {
        var html = new HtmlBuilder();
        html.Append($"<p><a href=\"/organisations\">← {ui.T("Organisations.Title")}</a></p><h1>{organisation.Name}</h1>")
            .Append($"<p class=\"muted\">{ui.T("Organisations.Slug")}: {organisation.Slug} · {ui.T("Organisations.Updated")} {ui.Date(organisation.UpdatedAt)}</p>");
        var current = draft ?? new OrganisationDraft(organisation.Slug, organisation.Name, organisation.TimeZone, organisation.Watchlist);
        if (ui.CanTriage)
        {
            Form(ui, html, $"/organisations/{organisation.Id}", current, error, withSlug: false);
        }
        else
        {
            html.Append($"<pre class=\"card detail\">{organisation.Watchlist}</pre>");
        }

        return Layout.Page(ui, organisation.Name, html.ToFragment(), status);
    }

    private static void Form(Ui ui, HtmlBuilder html, string action, OrganisationDraft draft, string? error, bool withSlug)
    {
        html.Append($"<form class=\"card\" method=\"post\" action=\"{action}\">{ui.CsrfField}");
        if (error is not null)
        {
            html.Append($"<p class=\"error\">{error}</p>");
        }

        html.Append($"<div class=\"row\">");
        if (withSlug)
        {
            html.Append($"<label>{ui.T("Organisations.Slug")}<br><input name=\"slug\" required value=\"{draft.Slug}\"></label>");
        }

        html.Append($"<label>{ui.T("Organisations.Name")}<br><input name=\"name\" required value=\"{draft.Name}\"></label>")
            .Append($"<label>{ui.T("Organisations.TimeZone")}<br><input name=\"time_zone\" required value=\"{draft.TimeZone}\"></label></div>")
            .Append($"<p><label>{ui.T("Organisations.Watchlist")}<textarea name=\"watchlist\" rows=\"14\" spellcheck=\"false\">{draft.Watchlist}</textarea></label></p>")
            .Append($"<p class=\"muted\">{ui.T("Organisations.WatchlistHelp")}</p>")
            .Append($"<button type=\"submit\">{ui.T("Organisations.Save")}</button></form>");
    }
}
