using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vigie.Mail;
using Vigie.Storage.Organisations;
using Vigie.Web.Html;
using Vigie.Web.Security;

namespace Vigie.Web.Digest;

/// <summary>
/// The digest on the dashboard, for admins: each organisation's recipients and next run (GET /digest), last week's
/// digest as its recipients will see it (GET /digest/{id}/preview), and sending it now (POST /digest/{id}/send).
/// </summary>
internal static class DigestEndpoints
{
    /// <summary>The preview is the e-mail's own HTML: inline styles and data: pictures, still no script and nothing remote.</summary>
    private const string PreviewPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/digest").RequireAuthorization(Policies.Admin).ExcludeFromDescription();
        admin.MapGet("", async (HttpContext context, IOrganisationRepository organisations, DigestService digest) =>
            DigestPage.Render(Ui.For(context), await organisations.ListAsync(context.RequestAborted), digest, null));
        admin.MapGet("/{id:long}/preview", PreviewAsync);
        admin.MapPost("/{id:long}/send", SendAsync);
    }

    private static async Task<IResult> PreviewAsync(long id, string? lang, HttpContext context, IOrganisationRepository organisations, DigestService digest)
    {
        if (await organisations.GetAsync(id, context.RequestAborted) is not { } organisation)
        {
            return Results.NotFound();
        }

        var build = await digest.BuildAsync(organisation, LastWeek(organisation, digest), lang is "en" or "fr" ? lang : null, context.RequestAborted);
        context.Response.Headers.ContentSecurityPolicy = PreviewPolicy;
        return Results.Content(DigestService.PreviewHtml(build.Content), "text/html; charset=utf-8");
    }

    private static async Task<IResult> SendAsync(long id, HttpContext context, IOrganisationRepository organisations, DigestService digest)
    {
        var ui = Ui.For(context);
        if (await organisations.GetAsync(id, context.RequestAborted) is not { } organisation)
        {
            return Results.NotFound();
        }

        var all = await organisations.ListAsync(context.RequestAborted);
        var to = digest.Settings.PlanFor(organisation.Slug).To;
        if (context.RequestServices.GetService<IMailSender>() is not { } sender || to.Count == 0)
        {
            return DigestPage.Render(ui, all, digest, to.Count == 0 ? ui.TDigest("Page.NoRecipients") : ui.TDigest("Page.NoSmtp"), StatusCodes.Status400BadRequest);
        }

        var build = await digest.BuildAsync(organisation, LastWeek(organisation, digest), null, context.RequestAborted);
        var report = await digest.SendAsync(build, to, sender, context.RequestAborted);
        var summary = report?.Summary() ?? "nothing found (digest: empty: skip)";
        return DigestPage.Render(ui, all, digest, string.Format(System.Globalization.CultureInfo.GetCultureInfo(ui.Language), ui.TDigest("Page.Sent"), organisation.Name, summary));
    }

    private static DigestPeriod LastWeek(Organisation organisation, DigestService digest) =>
        DigestPeriod.LastWeek(digest.Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone));
}
