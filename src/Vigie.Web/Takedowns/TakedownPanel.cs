using Vigie.Web.Findings;
using Vigie.Web.Html;

namespace Vigie.Web.Takedowns;

/// <summary>
/// The finding page's takedown section: each request made (when, to whom, drafted or sent, when its follow-up falls
/// due, marked when it has) and, for analysts and admins, the button that drafts the abuse report (or its follow-up) and,
/// when `vigie serve` has an smtp: section, the one that sends it to the abuse contacts.
/// </summary>
internal static class TakedownPanel
{
    public static void Render(Ui ui, HtmlBuilder html, FindingDetails details, string link)
    {
        if (details.Takedowns.Count == 0 && !ui.CanTriage)
        {
            return;
        }

        html.Append($"<h2>{ui.T("Takedown.Title")}</h2><div class=\"card\">");
        if (details.Takedowns.Count > 0)
        {
            html.Append($"<ul class=\"timeline\">");
            var now = DateTimeOffset.UtcNow;
            foreach (var request in details.Takedowns)
            {
                var due = request == details.Takedowns[^1] && details.Finding.State == Storage.Findings.TriageState.TakedownRequested && request.FollowUpAt <= now;
                html.Append($"<li>{ui.Date(request.RequestedAt)} · {ui.T(request.Sent ? "Takedown.Sent" : "Takedown.Drafted")} · {string.Join(", ", request.Recipients)} · {request.Actor}")
                    .Append($" · {ui.T("Takedown.FollowUp")} {ui.Date(request.FollowUpAt)}");
                if (due)
                {
                    html.Append($" <strong class=\"error\">{ui.T("Takedown.Due")}</strong>");
                }

                html.Append($"</li>");
            }

            html.Append($"</ul>");
        }

        if (ui.CanTriage)
        {
            html.Append($"<form method=\"post\" action=\"{link}/takedown\">{ui.CsrfField}<div class=\"row\"><label>{ui.T("Takedown.Language")}<br><select name=\"lang\">")
                .Append($"<option value=\"en\">English</option><option value=\"fr\"{new HtmlFragment(ui.Language == "fr" ? " selected" : "")}>Français</option></select></label></div>")
                .Append($"<p class=\"muted\">{ui.T("Takedown.Help")}</p><button type=\"submit\">{ui.T(details.Takedowns.Count == 0 ? "Takedown.Draft" : "Takedown.Redraft")}</button>");
            if (details.CanSendTakedown)
            {
                html.Append($" <button type=\"submit\" name=\"send\" value=\"1\">{ui.T("Takedown.Send")}</button>");
            }

            html.Append($"</form>");
        }

        html.Append($"</div>");
    }
}
