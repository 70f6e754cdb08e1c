using System.Globalization;
using Microsoft.AspNetCore.Http;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Web.Html;
using Vigie.Web.Localization;

namespace Vigie.Web.Findings;

/// <summary>
/// GET /findings/{id}: the suspect's screenshot beside the genuine page, the explanation, the timeline of
/// observations with their evidence, the evidence zip, triage with a comment, and the audit trail.
/// </summary>
internal static class FindingView
{
    public static IResult Render(Ui ui, FindingDetails details, string? error = null, int status = StatusCodes.Status200OK)
    {
        var f = details.Finding;
        var link = $"/findings/{f.Id}";
        var html = new HtmlBuilder();
        html.Append($"<p><a href=\"/findings\">← {ui.T("Findings.Title")}</a></p>")
            .Append($"<h1 class=\"name\">{NameDiff.Highlight(f.Unicode, f.Target)}</h1>");
        if (error is not null)
        {
            html.Append($"<p class=\"error\">{error}</p>");
        }

        html.Append($"<div class=\"card\"><dl class=\"facts\">")
            .Append($"<dt>{ui.T("Finding.Imitates")}</dt><dd class=\"name\">{f.Target}</dd>")
            .Append($"<dt>{ui.T("Findings.Organisation")}</dt><dd>{f.OrganisationSlug}</dd>")
            .Append($"<dt>{ui.T("Findings.Score")}</dt><dd>{FindingsPage.Score(f.Score)} {FindingsPage.Techniques(ui, f.Techniques)}</dd>")
            .Append($"<dt>{ui.T("Finding.Explanation")}</dt><dd>{StoredSentences.Explanation(ui.Language, f.Unicode, f.Target, f.Techniques, f.Explanation)}</dd>")
            .Append($"<dt>{ui.T("Findings.State")}</dt><dd>{FindingsPage.State(ui, f.State)}</dd>")
            .Append($"<dt>{ui.T("Findings.Live")}</dt><dd>{FindingsPage.Live(ui, f.Live)}</dd>");
        if (f.Verdict is not null)
        {
            html.Append($"<dt>{ui.T("Finding.Verdict")}</dt><dd>{StoredSentences.Translate(ui.Language, f.Verdict)} ({f.RiskScore ?? 0}/100, {ui.Date(f.VerdictAt)})</dd>");
        }

        html.Append($"<dt>{ui.T("Findings.FirstSeen")}</dt><dd>{ui.Date(f.FirstSeen)}</dd>")
            .Append($"<dt>{ui.T("Finding.LastSeen")}</dt><dd>{ui.Date(f.LastSeen)}</dd>")
            .Append($"<dt>{ui.T("Findings.Source")}</dt><dd>");
        foreach (var source in details.Sources)
        {
            html.Append($"<div>{StoredEnum<SourceKind>.Format(source.Kind)} {source.Detail} <span class=\"muted\">{ui.Date(source.SeenAt)}</span></div>");
        }

        html.Append($"</dd></dl></div>");
        Compare(ui, html, details, link);
        Evidence(ui, html, details, link);
        Timeline(ui, html, details, link);
        Decoys.DecoySection.Render(ui, html, details, link);
        Triage(ui, html, details, link);
        Takedowns.TakedownPanel.Render(ui, html, details, link);
        Audit(ui, html, details);
        return Layout.Page(ui, f.Unicode, html.ToFragment(), status);
    }

    private static void Compare(Ui ui, HtmlBuilder html, FindingDetails details, string link)
    {
        var (suspect, genuine, genuineUrl, similarity) = details.Comparison();
        html.Append($"<h2>{ui.T("Finding.Compare")}</h2>");
        if (suspect is null)
        {
            html.Append($"<p class=\"card muted\">{ui.T("Finding.NoScreenshot")}</p>");
            return;
        }

        if (similarity is { } s)
        {
            html.Append($"<p class=\"notice\">{string.Format(CultureInfo.InvariantCulture, ui.T("Finding.Similarity"), (int)Math.Round(s * 100), genuineUrl ?? "")}</p>");
        }

        html.Append($"<div class=\"compare\"><figure><figcaption>{details.Finding.Unicode} · {ui.Date(suspect.CapturedAt)}</figcaption>")
            .Append($"<img alt=\"{ui.T("Finding.SuspectAlt")}\" src=\"{link}/evidence/{suspect.Sha256}\"></figure><figure>");
        if (genuine is not null)
        {
            html.Append($"<figcaption>{ui.T("Finding.Genuine")} · {genuineUrl ?? genuine.Source}</figcaption>")
                .Append($"<img alt=\"{ui.T("Finding.GenuineAlt")}\" src=\"{link}/evidence/{genuine.Sha256}\">");
        }
        else
        {
            html.Append($"<figcaption>{ui.T("Finding.Genuine")}</figcaption><p class=\"muted\">{ui.T("Finding.NoGenuine")}</p>");
        }

        html.Append($"</figure></div>");
    }

    private static void Evidence(Ui ui, HtmlBuilder html, FindingDetails details, string link)
    {
        html.Append($"<h2>{ui.T("Finding.Evidence")}</h2><div class=\"card row\">");
        if (details.HasEvidence)
        {
            html.Append($"<a class=\"button\" href=\"{link}/evidence.zip\" download>{ui.T("Finding.DownloadEvidence")}</a>");
        }
        else
        {
            html.Append($"<span class=\"muted\">{ui.T("Finding.NoEvidence")}</span>");
        }

        html.Append($"</div>");
    }

    private static void Timeline(Ui ui, HtmlBuilder html, FindingDetails details, string link)
    {
        html.Append($"<h2>{ui.T("Finding.Timeline")}</h2>");
        if (details.Observations.Count == 0)
        {
            html.Append($"<p class=\"card muted\">{ui.T("Finding.NoObservations")}</p>");
            return;
        }

        html.Append($"<div class=\"card\"><ul class=\"timeline\">");
        foreach (var observation in details.Observations.Reverse())
        {
            html.Append($"<li><span class=\"kind\">{StoredEnum<ObservationKind>.Format(observation.Kind)}</span>")
                .Append($"<span class=\"when\">{ui.Date(observation.ObservedAt)}</span><div>{StoredSentences.Translate(ui.Language, observation.Summary)}</div>");
            foreach (var item in observation.Evidence)
            {
                html.Append($"<div><a href=\"{link}/evidence/{item.Sha256}\">{item.Kind}</a> <span class=\"muted\">{item.MediaType}, {item.Size} B, {item.Source}</span></div>");
            }

            html.Append($"</li>");
        }

        html.Append($"</ul></div>");
    }

    private static void Triage(Ui ui, HtmlBuilder html, FindingDetails details, string link)
    {
        if (!ui.CanTriage)
        {
            return;
        }

        html.Append($"<h2>{ui.T("Finding.Triage")}</h2><form class=\"card\" method=\"post\" action=\"{link}/triage\">{ui.CsrfField}<div class=\"row\">")
            .Append($"<label>{ui.T("Findings.State")}<br><select name=\"state\">");
        foreach (var state in StoredEnum<TriageState>.All)
        {
            var selected = state == StoredEnum<TriageState>.Format(details.Finding.State) ? " selected" : string.Empty;
            html.Append($"<option value=\"{state}\"{new HtmlFragment(selected)}>{ui.T("State." + state)}</option>");
        }

        html.Append($"</select></label></div><p><label>{ui.T("Finding.Comment")}<textarea name=\"comment\" rows=\"3\" maxlength=\"{TriageRequest.MaxComment}\"></textarea></label></p>")
            .Append($"<button type=\"submit\">{ui.T("Finding.Save")}</button></form>");
    }

    private static void Audit(Ui ui, HtmlBuilder html, FindingDetails details)
    {
        html.Append($"<h2>{ui.T("Finding.Audit")}</h2>");
        if (details.History.Count == 0)
        {
            html.Append($"<p class=\"card muted\">{ui.T("Finding.NoHistory")}</p>");
            return;
        }

        html.Append($"<table class=\"audit\"><thead><tr><th>{ui.T("Finding.When")}</th><th>{ui.T("Finding.Who")}</th><th>{ui.T("Finding.Change")}</th><th>{ui.T("Finding.Comment")}</th></tr></thead><tbody>");
        foreach (var change in details.History.Reverse())
        {
            html.Append($"<tr><td>{ui.Date(change.ChangedAt)}</td><td>{change.Actor}</td>")
                .Append($"<td>{FindingsPage.State(ui, change.From)} → {FindingsPage.State(ui, change.To)}</td><td>{StoredSentences.Translate(ui.Language, change.Comment)}</td></tr>");
        }

        html.Append($"</tbody></table>");
    }
}
