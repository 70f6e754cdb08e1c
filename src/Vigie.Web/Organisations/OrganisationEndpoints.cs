using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigie.Storage;
using Vigie.Storage.Organisations;
using Vigie.Web.Findings;
using Vigie.Web.Html;
using Vigie.Web.Security;

namespace Vigie.Web.Organisations;

/// <summary>
/// Organisations and their watchlists. The store checks a watchlist exactly as the CLI does (WatchlistLoader); a
/// refused edit comes back with its one-line error and the text as typed, so nothing is lost.
/// </summary>
internal static class OrganisationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/organisations", async (HttpContext context, IOrganisationRepository organisations) =>
            OrganisationsPage.List(Ui.For(context), await organisations.ListAsync(context.RequestAborted))).ExcludeFromDescription();
        app.MapGet("/organisations/{id:long}", async (long id, HttpContext context, IOrganisationRepository organisations) =>
            await organisations.GetAsync(id, context.RequestAborted) is { } organisation
                ? OrganisationsPage.Edit(Ui.For(context), organisation)
                : FindingEndpoints.NotFound(context)).ExcludeFromDescription();
        app.MapPost("/organisations", CreateAsync).RequireAuthorization(Policies.Admin).ExcludeFromDescription();
        app.MapPost("/organisations/{id:long}", UpdateAsync).RequireAuthorization(Policies.Analyst).ExcludeFromDescription();
    }

    private static async Task<IResult> CreateAsync(HttpContext context, IOrganisationRepository organisations)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var draft = new OrganisationDraft(form["slug"].ToString().Trim(), form["name"].ToString().Trim(), form["time_zone"].ToString().Trim(), form["watchlist"].ToString());
        try
        {
            var created = await organisations.CreateAsync(draft, context.RequestAborted);
            return Results.Redirect($"/organisations/{created.Id}");
        }
        catch (RejectedException e)
        {
            return OrganisationsPage.List(Ui.For(context), await organisations.ListAsync(context.RequestAborted), draft, e.Message, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> UpdateAsync(long id, HttpContext context, IOrganisationRepository organisations)
    {
        var organisation = await organisations.GetAsync(id, context.RequestAborted);
        if (organisation is null)
        {
            return FindingEndpoints.NotFound(context);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var draft = new OrganisationDraft(organisation.Slug, form["name"].ToString().Trim(), form["time_zone"].ToString().Trim(), form["watchlist"].ToString());
        try
        {
            await organisations.UpdateAsync(id, draft, context.RequestAborted);
            return Results.Redirect($"/organisations/{id}");
        }
        catch (RejectedException e)
        {
            return OrganisationsPage.Edit(Ui.For(context), organisation, draft, e.Message, StatusCodes.Status400BadRequest);
        }
    }
}
