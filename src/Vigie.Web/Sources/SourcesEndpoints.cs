using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vigie.Storage.Sources;
using Vigie.Web.Cluster;
using Vigie.Web.Hosting;
using Vigie.Web.Html;
using Vigie.Web.Security;

namespace Vigie.Web.Sources;

/// <summary>
/// GET /sources (<see cref="SourcesPage"/>), and POST /sources/dead-letters/{sequence}/retry (admins, with the form's
/// antiforgery token): a dead letter's job published again (<see cref="DeadLetterRetry"/>), the page shown with one line
/// saying what was done.
/// </summary>
internal static class SourcesEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/sources", (HttpContext context, ISourceStatusRepository sources, WorkerStatusRegistry workers) =>
            RenderAsync(context, sources, workers, null, StatusCodes.Status200OK)).ExcludeFromDescription();
        app.MapPost("/sources/dead-letters/{sequence:long}/retry", RetryAsync).RequireAuthorization(Policies.Admin).ExcludeFromDescription();
    }

    private static async Task<IResult> RetryAsync(long sequence, HttpContext context, ISourceStatusRepository sources, WorkerStatusRegistry workers)
    {
        var ui = Ui.For(context);
        if (context.RequestServices.GetService<DeadLetterRetry>() is not { } retry || sequence <= 0
            || await retry.RetryAsync((ulong)sequence, context.RequestAborted) is not { } letter)
        {
            return await RenderAsync(context, sources, workers, ui.T("Sources.RetryGone"), StatusCodes.Status404NotFound);
        }

        return await RenderAsync(context, sources, workers, string.Format(CultureInfo.GetCultureInfo(ui.Language), ui.T("Sources.Retried"), letter.Name), StatusCodes.Status200OK);
    }

    private static async Task<IResult> RenderAsync(HttpContext context, ISourceStatusRepository sources, WorkerStatusRegistry workers, string? message, int status)
    {
        var dead = context.RequestServices.GetService<IDeadLetters>() is { } letters ? await letters.ListAsync(context.RequestAborted) : [];
        return SourcesPage.Render(Ui.For(context), await sources.ListAsync(context.RequestAborted), workers.All(), dead, message, status);
    }
}
