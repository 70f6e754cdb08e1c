using System.Globalization;
using Microsoft.AspNetCore.Http;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Sources;
using Vigie.Web.Cluster;
using Vigie.Web.Hosting;
using Vigie.Web.Html;

namespace Vigie.Web.Sources;

/// <summary>
/// GET /sources: each source's row in the store (a CT log's position and lag, a list's last fetch, an organisation's
/// last and next sweep, the last error), the investigations given up when the queue is JetStream's (with "retry" for
/// admins), then the background services running in this process. A one-line message above, after an action.
/// </summary>
internal static class SourcesPage
{
    public static IResult Render(Ui ui, IReadOnlyList<SourceStatus> sources, IReadOnlyList<WorkerStatus> workers, IReadOnlyList<DeadLetter> deadLetters,
        string? message = null, int status = StatusCodes.Status200OK)
    {
        var html = new HtmlBuilder();
        html.Append($"<h1>{ui.T("Sources.Title")}</h1>");
        if (message is not null)
        {
            html.Append($"<p class=\"{(status == StatusCodes.Status200OK ? "notice" : "error")}\">{message}</p>");
        }

        if (sources.Count == 0)
        {
            html.Append($"<p class=\"card muted\">{ui.T("Sources.None")}</p>");
        }
        else
        {
            html.Append($"<table class=\"sources\"><thead><tr><th>{ui.T("Findings.Source")}</th><th>{ui.T("Sources.Name")}</th><th>{ui.T("Sources.Position")}</th>")
                .Append($"<th>{ui.T("Sources.Lag")}</th><th>{ui.T("Sources.LastSuccess")}</th><th>{ui.T("Sources.LastError")}</th><th>{ui.T("Sources.NextRun")}</th></tr></thead><tbody>");
            foreach (var source in sources)
            {
                html.Append($"<tr><td>{StoredEnum<SourceKind>.Format(source.Kind)}</td><td>{source.Label}</td>")
                    .Append($"<td class=\"num\">{source.Position.ToString("N0", CultureInfo.InvariantCulture)} / {source.Size.ToString("N0", CultureInfo.InvariantCulture)}</td>")
                    .Append($"<td class=\"num\">{source.Lag.ToString("N0", CultureInfo.InvariantCulture)}</td><td>{ui.Date(source.LastSuccessAt)}</td>")
                    .Append($"<td>{(source.LastError is null ? "—" : $"{source.LastError} ({ui.Date(source.LastErrorAt)})")}</td><td>{ui.Date(source.NextRunAt)}</td></tr>");
            }

            html.Append($"</tbody></table>");
        }

        AppendDeadLetters(html, ui, deadLetters);
        html.Append($"<h2>{ui.T("Sources.Workers")}</h2>");
        if (workers.Count == 0)
        {
            html.Append($"<p class=\"card muted\">{ui.T("Sources.NoWorkers")}</p>");
            return Layout.Page(ui, ui.T("Sources.Title"), html.ToFragment(), status);
        }

        html.Append($"<table><thead><tr><th>{ui.T("Sources.Name")}</th><th>{ui.T("Sources.State")}</th><th>{ui.T("Sources.LastSuccess")}</th>")
            .Append($"<th>{ui.T("Sources.LastError")}</th><th>{ui.T("Sources.NextRun")}</th></tr></thead><tbody>");
        foreach (var worker in workers)
        {
            html.Append($"<tr><td>{worker.Name}</td><td>{worker.State}</td><td>{ui.Date(worker.LastSuccess)}</td>")
                .Append($"<td>{(worker.LastError is null ? "—" : $"{worker.LastError} ({ui.Date(worker.LastErrorAt)})")}</td><td>{ui.Date(worker.NextRun)}</td></tr>");
        }

        html.Append($"</tbody></table>");
        return Layout.Page(ui, ui.T("Sources.Title"), html.ToFragment(), status);
    }

    private static void AppendDeadLetters(HtmlBuilder html, Ui ui, IReadOnlyList<DeadLetter> deadLetters)
    {
        if (deadLetters.Count == 0)
        {
            return;
        }

        html.Append($"<h2>{ui.T("Sources.DeadLetters")}</h2><p class=\"muted\">{ui.T("Sources.DeadLettersHelp")}</p>")
            .Append($"<table class=\"dead-letters\"><thead><tr><th>{ui.T("Findings.Name")}</th><th>{ui.T("Sources.Attempts")}</th><th>{ui.T("Sources.LastError")}</th><th>{ui.T("Sources.GivenUp")}</th><th></th></tr></thead><tbody>");
        foreach (var letter in deadLetters)
        {
            // A sweep or an alert is about no finding: the organisation's or the channel's name, with what it was.
            if (letter.FindingId > 0)
            {
                html.Append($"<tr><td><a href=\"/findings/{letter.FindingId}\">{letter.Name}</a></td>");
            }
            else
            {
                html.Append($"<tr><td>{letter.Name} ({letter.Reason})</td>");
            }

            html.Append($"<td class=\"num\">{letter.Deliveries}</td>")
                .Append($"<td>{letter.Error ?? "—"}</td><td>{ui.Date(letter.At)}</td><td>");
            // Only an investigation is retried from here: a sweep comes back at its schedule's next time, an alert
            // stays in the outbox.
            if (ui.IsAdmin && letter.Kind == "investigate")
            {
                html.Append($"<form method=\"post\" action=\"/sources/dead-letters/{letter.Sequence}/retry\">{ui.CsrfField}<button type=\"submit\">{ui.T("Sources.Retry")}</button></form>");
            }

            html.Append($"</td></tr>");
        }

        html.Append($"</tbody></table>");
    }
}
