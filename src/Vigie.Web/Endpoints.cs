using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigie.Storage.Database;
using Vigie.Web.Api;
using Vigie.Web.Html;

namespace Vigie.Web;

/// <summary>
/// Every route of `vigie serve`. All need a signed-in user (the fallback policy) except those marked AllowAnonymous
/// here: the sign-in and first-admin forms, the static files and /health (tests/Vigie.Web.Tests, EndpointSecurityTests).
/// </summary>
internal static class Endpoints
{
    public static void Map(WebApplication app)
    {
        Static.StaticAssets.Map(app);
        app.MapGet("/health", async (VigieDatabase database, CancellationToken cancellationToken) =>
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            return TypedResults.Ok(new HealthJson("ok"));
        }).AllowAnonymous().WithSummary("Whether the server and its database answer (no sign-in needed).");
        app.MapGet("/denied", (HttpContext context) =>
        {
            var ui = Ui.For(context);
            return Layout.Page(ui, ui.T("Error.Denied"), new HtmlBuilder().Append($"<p class=\"card\">{ui.T("Error.Denied")}</p>").ToFragment(), StatusCodes.Status403Forbidden);
        }).ExcludeFromDescription();
        Accounts.AccountEndpoints.Map(app);
        Findings.FindingEndpoints.Map(app);
        Decoys.DecoyEndpoints.Map(app);
        Organisations.OrganisationEndpoints.Map(app);
        Sources.SourcesEndpoints.Map(app);
        Users.UserEndpoints.Map(app);
        Digest.DigestEndpoints.Map(app);
        ApiServices.Map(app);
    }
}
