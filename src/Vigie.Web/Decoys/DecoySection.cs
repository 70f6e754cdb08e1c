using System.Globalization;
using Vigie.Decoys.Submission;
using Vigie.Storage.Findings;
using Vigie.Web.Findings;
using Vigie.Web.Html;

namespace Vigie.Web.Decoys;

/// <summary>The decoys part of the finding page: the decoys given to it, the kill switch, and the "send decoys" form (analysts and admins).</summary>
internal static class DecoySection
{
    public static void Render(Ui ui, HtmlBuilder html, FindingDetails details, string link)
    {
        if (details.Decoys is not { } panel)
        {
            return;
        }

        html.Append($"<h2>{ui.T("Decoys.Title")}</h2>");
        if (panel.Decoys.Count == 0)
        {
            html.Append($"<p class=\"card muted\">{ui.T("Decoys.None")}</p>");
        }
        else
        {
            html.Append($"<table class=\"audit\"><thead><tr><th>{ui.T("Decoys.User")}</th><th>{ui.T("Decoys.Sent")}</th><th>{ui.T("Decoys.Page")}</th><th>{ui.T("Decoys.Status")}</th><th>{ui.T("Decoys.Uses")}</th></tr></thead><tbody>");
            foreach (var d in panel.Decoys)
            {
                html.Append($"<tr><td class=\"name\">{d.Username}</td><td>{ui.Date(d.SubmittedAt)}</td><td>{d.Page ?? "—"}</td><td>{d.SubmissionStatus ?? "—"}</td><td>{d.Uses.ToString(CultureInfo.InvariantCulture)}</td></tr>");
            }

            html.Append($"</tbody></table>");
        }

        if (panel.DryRun is { } plan)
        {
            DryRun(ui, html, plan);
        }

        if (!ui.CanTriage)
        {
            return;
        }

        if (panel.Running > 0)
        {
            html.Append($"<form class=\"card row\" method=\"post\" action=\"/decoys/stop\">{ui.CsrfField}<input type=\"hidden\" name=\"back\" value=\"{link}\">")
                .Append($"<span>{string.Format(CultureInfo.InvariantCulture, ui.T("Decoys.Running"), panel.Running)}</span> <button type=\"submit\">{ui.T("Decoys.Stop")}</button></form>");
        }

        if (!panel.SubmissionEnabled)
        {
            html.Append($"<p class=\"card muted\">{ui.T("Decoys.Off")}</p>");
            return;
        }

        if (details.Finding.State != TriageState.ConfirmedPhishing)
        {
            html.Append($"<p class=\"card muted\">{ui.T("Decoys.OnlyConfirmed")}</p>");
            return;
        }

        html.Append($"<form class=\"card\" method=\"post\" action=\"{link}/decoys\">{ui.CsrfField}<p class=\"muted\">{ui.T("Decoys.Caution")}</p><div class=\"row\">")
            .Append($"<label>{ui.T("Decoys.Count")}<br><input type=\"number\" name=\"count\" min=\"1\" max=\"100\" value=\"{panel.DefaultCount.ToString(CultureInfo.InvariantCulture)}\"></label>")
            .Append($"<label>{ui.T("Decoys.Page")}<br><input type=\"url\" name=\"page\" size=\"50\" value=\"https://{details.Finding.Name}/\"></label></div>")
            .Append($"<p><label><input type=\"checkbox\" name=\"dry_run\" value=\"1\"> {ui.T("Decoys.DryRun")}</label></p>")
            .Append($"<button type=\"submit\">{ui.T("Decoys.Send")}</button></form>");
    }

    private static void DryRun(Ui ui, HtmlBuilder html, IReadOnlyList<SubmissionResult> plan)
    {
        html.Append($"<div class=\"card\"><p class=\"notice\">{ui.T("Decoys.DryRunResult")}</p><ul class=\"timeline\">");
        foreach (var result in plan)
        {
            html.Append($"<li><span class=\"name\">{result.Username}</span> — {result.Status}");
            foreach (var step in result.Steps)
            {
                html.Append($"<div><code>{step.Method} {step.Url} {string.Join('&', step.Fields.Select(f => $"{f.Key}={f.Value}"))}</code></div>");
            }

            html.Append($"</li>");
        }

        html.Append($"</ul></div>");
    }
}
