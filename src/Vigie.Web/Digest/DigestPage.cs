using Microsoft.AspNetCore.Http;
using Vigie.Storage.Organisations;
using Vigie.Web.Html;

namespace Vigie.Web.Digest;

/// <summary>GET /digest (admins): per organisation, who gets the digest, when it goes next, a preview in each language and "send now".</summary>
internal static class DigestPage
{
    public static IResult Render(Ui ui, IReadOnlyList<Organisation> organisations, DigestService digest, string? message, int status = StatusCodes.Status200OK)
    {
        var html = new HtmlBuilder();
        html.Append($"<h1>{ui.TDigest("Page.Title")}</h1><p class=\"muted\">{ui.TDigest("Page.Intro")}</p>");
        if (message is not null)
        {
            html.Append($"<p class=\"{(status == StatusCodes.Status200OK ? "notice" : "error")}\">{message}</p>");
        }

        if (digest.Smtp is null)
        {
            html.Append($"<p class=\"notice\">{ui.TDigest("Page.NoSmtp")}</p>");
        }

        html.Append($"<table><thead><tr><th>{ui.T("Nav.Organisations")}</th><th>{ui.TDigest("Page.Recipients")}</th><th>{ui.TDigest("Page.Schedule")}</th><th>{ui.TDigest("Page.NextRun")}</th><th></th></tr></thead><tbody>");
        var now = digest.Time.GetUtcNow();
        foreach (var organisation in organisations)
        {
            var plan = digest.Settings.PlanFor(organisation.Slug);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone);
            var next = plan.To.Count > 0 ? plan.Schedule.GetNextOccurrence(now, zone) : null;
            html.Append($"<tr><td>{organisation.Name}</td><td>{(plan.To.Count > 0 ? string.Join(", ", plan.To) : ui.TDigest("Page.NoRecipients"))}</td>")
                .Append($"<td><code>{plan.Schedule.ToString()}</code> ({organisation.TimeZone}, {plan.Language})</td><td>{ui.Date(next)}</td><td class=\"row\">")
                .Append($"<a href=\"/digest/{organisation.Id}/preview?lang=en\">{ui.TDigest("Page.Preview")} EN</a> <a href=\"/digest/{organisation.Id}/preview?lang=fr\">{ui.TDigest("Page.Preview")} FR</a>");
            if (plan.To.Count > 0 && digest.Smtp is not null)
            {
                html.Append($"<form method=\"post\" action=\"/digest/{organisation.Id}/send\">{ui.CsrfField}<button type=\"submit\">{ui.TDigest("Page.SendNow")}</button></form>");
            }

            html.Append($"</td></tr>");
        }

        html.Append($"</tbody></table>");
        return Layout.Page(ui, ui.TDigest("Page.Title"), html.ToFragment(), status);
    }
}
