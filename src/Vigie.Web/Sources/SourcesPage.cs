using Microsoft.AspNetCore.Http;
using Vigie.Web.Hosting;
using Vigie.Web.Html;

namespace Vigie.Web.Sources;

/// <summary>GET /sources: what each background source is doing: state, last success, last error, next run.</summary>
internal static class SourcesPage
{
    public static IResult Render(Ui ui, IReadOnlyList<WorkerStatus> workers)
    {
        var html = new HtmlBuilder();
        html.Append($"<h1>{ui.T("Sources.Title")}</h1>");
        if (workers.Count == 0)
        {
            html.Append($"<p class=\"card muted\">{ui.T("Sources.None")}</p>");
            return Layout.Page(ui, ui.T("Sources.Title"), html.ToFragment());
        }

        html.Append($"<table><thead><tr><th>{ui.T("Sources.Name")}</th><th>{ui.T("Sources.State")}</th><th>{ui.T("Sources.LastSuccess")}</th>")
            .Append($"<th>{ui.T("Sources.LastError")}</th><th>{ui.T("Sources.NextRun")}</th></tr></thead><tbody>");
        foreach (var worker in workers)
        {
            html.Append($"<tr><td>{worker.Name}</td><td>{worker.State}</td><td>{ui.Date(worker.LastSuccess)}</td>")
                .Append($"<td>{(worker.LastError is null ? "—" : $"{worker.LastError} ({ui.Date(worker.LastErrorAt)})")}</td><td>{ui.Date(worker.NextRun)}</td></tr>");
        }

        html.Append($"</tbody></table>");
        return Layout.Page(ui, ui.T("Sources.Title"), html.ToFragment());
    }
}
