using System.Globalization;
using Microsoft.AspNetCore.Http;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Web.Html;
using Vigie.Web.Localization;

namespace Vigie.Web.Findings;

/// <summary>GET /findings: the list to triage, with its filters, search, sorting and paging (query of <see cref="FindingListRequest"/>).</summary>
internal static class FindingsPage
{
    public static async Task<IResult> GetAsync(HttpContext context, IFindingRepository findings, IOrganisationRepository organisations, CancellationToken cancellationToken)
    {
        var ui = Ui.For(context);
        FindingQuery query;
        string? error = null;
        try
        {
            query = FindingListRequest.Parse(context.Request.Query);
        }
        catch (BadQueryException e)
        {
            query = new FindingQuery();
            error = e.Message;
        }

        var page = await findings.ListAsync(query, cancellationToken);
        var html = new HtmlBuilder();
        html.Append($"<h1>{ui.T("Findings.Title")}</h1>");
        if (error is not null)
        {
            html.Append($"<p class=\"error\">{error}</p>");
        }

        Filters(ui, html, context.Request.Query, await organisations.ListAsync(cancellationToken));
        if (page.Items.Count == 0)
        {
            html.Append($"<p class=\"card muted\">{ui.T("Findings.None")}</p>");
            return Layout.Page(ui, ui.T("Findings.Title"), html.ToFragment());
        }

        html.Append($"<table class=\"findings\"><thead><tr><th></th>");
        SortHeader(ui, html, context.Request.Query, query, FindingSort.Name, "Findings.Name");
        SortHeader(ui, html, context.Request.Query, query, FindingSort.Score, "Findings.Score");
        html.Append($"<th>{ui.T("Findings.Technique")}</th><th>{ui.T("Findings.State")}</th><th>{ui.T("Findings.Source")}</th>");
        SortHeader(ui, html, context.Request.Query, query, FindingSort.FirstSeen, "Findings.FirstSeen");
        html.Append($"<th>{ui.T("Findings.Live")}</th></tr></thead><tbody>");
        foreach (var finding in page.Items)
        {
            Row(ui, html, finding);
        }

        html.Append($"</tbody></table>");
        Pager(ui, html, context.Request.Query, page);
        return Layout.Page(ui, ui.T("Findings.Title"), html.ToFragment());
    }

    private static void Row(Ui ui, HtmlBuilder html, Finding finding)
    {
        var link = $"/findings/{finding.Id}";
        html.Append($"<tr><td><a href=\"{link}\">");
        if (finding.ScreenshotSha256 is { } sha)
        {
            html.Append($"<img class=\"thumb\" loading=\"lazy\" alt=\"\" src=\"{link}/evidence/{sha}\">");
        }
        else
        {
            html.Append($"<span class=\"nothumb\">{ui.T("Findings.NoScreenshot")}</span>");
        }

        html.Append($"</a></td><td><a class=\"name\" href=\"{link}\">{NameDiff.Highlight(finding.Unicode, finding.Target)}</a>")
            .Append($"<div class=\"target\">{ui.T("Findings.Imitates")} {finding.Target} · {finding.OrganisationSlug}</div></td>")
            .Append($"<td class=\"num\">{Score(finding.Score)}</td><td>{Techniques(ui, finding.Techniques)}</td>")
            .Append($"<td>{State(ui, finding.State)}</td><td>{string.Join(", ", finding.Sources.Select(StoredEnum<SourceKind>.Format))}</td>")
            .Append($"<td>{ui.Date(finding.FirstSeen)}</td>")
            .Append($"<td>{Live(ui, finding.Live)}</td></tr>");
    }

    public static HtmlFragment Score(int score) => new HtmlBuilder()
        .Append($"<span class=\"score {(score >= 80 ? "high" : score >= 50 ? "mid" : "low")}\">{score}</span>").ToFragment();

    public static HtmlFragment State(Ui ui, TriageState state)
    {
        var name = StoredEnum<TriageState>.Format(state);
        return new HtmlBuilder().Append($"<span class=\"state state-{name}\">{ui.T("State." + name)}</span>").ToFragment();
    }

    /// <summary>The techniques in the page's language (the codes stay in the API and the filters).</summary>
    public static string Techniques(Ui ui, IReadOnlyList<string> codes) => string.Join(", ", codes.Select(c => StoredSentences.Technique(ui.Language, c)));

    public static HtmlFragment Live(Ui ui, bool live) => new HtmlBuilder()
        .Append($"<span class=\"{(live ? "live" : "dead")}\">{ui.T(live ? "Findings.IsLive" : "Findings.NotLive")}</span>").ToFragment();

    private static void Filters(Ui ui, HtmlBuilder html, IQueryCollection query, IReadOnlyList<Organisation> organisations)
    {
        string Value(string name) => query[name].LastOrDefault() ?? string.Empty;
        html.Append($"<form class=\"filters card\" method=\"get\" action=\"/findings\">")
            .Append($"<label>{ui.T("Findings.Search")}<input type=\"search\" name=\"q\" value=\"{Value("q")}\"></label>")
            .Append($"<label>{ui.T("Findings.Organisation")}<select name=\"org\"><option value=\"\">{ui.T("Findings.All")}</option>");
        foreach (var organisation in organisations)
        {
            var id = organisation.Id.ToString(CultureInfo.InvariantCulture);
            html.Append($"<option value=\"{id}\"{Selected(Value("org") == id)}>{organisation.Name}</option>");
        }

        html.Append($"</select></label><label>{ui.T("Findings.State")}<select name=\"state\"><option value=\"\">{ui.T("Findings.All")}</option>");
        foreach (var state in StoredEnum<TriageState>.All)
        {
            html.Append($"<option value=\"{state}\"{Selected(Value("state") == state)}>{ui.T("State." + state)}</option>");
        }

        html.Append($"</select></label><label>{ui.T("Findings.Source")}<select name=\"source\"><option value=\"\">{ui.T("Findings.All")}</option>");
        foreach (var source in StoredEnum<SourceKind>.All)
        {
            html.Append($"<option value=\"{source}\"{Selected(Value("source") == source)}>{source}</option>");
        }

        html.Append($"</select></label>")
            .Append($"<label>{ui.T("Findings.MinScore")}<input type=\"number\" min=\"0\" max=\"100\" name=\"min\" value=\"{Value("min")}\"></label>")
            .Append($"<label>{ui.T("Findings.From")}<input type=\"date\" name=\"from\" value=\"{Value("from")}\"></label>")
            .Append($"<label>{ui.T("Findings.To")}<input type=\"date\" name=\"to\" value=\"{Value("to")}\"></label>")
            .Append($"<input type=\"hidden\" name=\"sort\" value=\"{Value("sort")}\"><input type=\"hidden\" name=\"dir\" value=\"{Value("dir")}\">")
            .Append($"<button type=\"submit\">{ui.T("Findings.Filter")}</button></form>");
    }

    private static HtmlFragment Selected(bool selected) => new(selected ? " selected" : string.Empty);

    private static void SortHeader(Ui ui, HtmlBuilder html, IQueryCollection query, FindingQuery current, FindingSort sort, string key)
    {
        var descending = current.Sort != sort || !current.Descending;
        var arrow = current.Sort == sort ? (current.Descending ? " ↓" : " ↑") : string.Empty;
        var link = QueryLinks.With(query, new() { ["sort"] = FindingListRequest.SortName(sort), ["dir"] = descending ? "desc" : "asc", ["page"] = null });
        html.Append($"<th><a href=\"/findings{link}\">{ui.T(key)}{arrow}</a></th>");
    }

    private static void Pager(Ui ui, HtmlBuilder html, IQueryCollection query, FindingPage page)
    {
        var pages = Math.Max(1, (int)((page.Total + page.PageSize - 1) / page.PageSize));
        html.Append($"<nav class=\"pager\"><span>{string.Format(CultureInfo.InvariantCulture, ui.T("Findings.PageOf"), page.Page, pages, page.Total)}</span>");
        if (page.Page > 1)
        {
            html.Append($"<a class=\"button secondary\" href=\"/findings{QueryLinks.With(query, new() { ["page"] = (page.Page - 1).ToString(CultureInfo.InvariantCulture) })}\">{ui.T("Findings.Previous")}</a>");
        }

        if (page.Page < pages)
        {
            html.Append($"<a class=\"button secondary\" href=\"/findings{QueryLinks.With(query, new() { ["page"] = (page.Page + 1).ToString(CultureInfo.InvariantCulture) })}\">{ui.T("Findings.Next")}</a>");
        }

        html.Append($"</nav>");
    }
}
