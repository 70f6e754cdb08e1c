using Microsoft.AspNetCore.Http;
using MimeKit;
using Vigie.Enrichment.Rdap;
using Vigie.Exports;
using Vigie.Exports.Takedowns;
using Vigie.Mail;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Evidence;
using Vigie.Web.Findings;
using Vigie.Web.Hosting;
using Vigie.Web.Security;

namespace Vigie.Web.Takedowns;

/// <summary>
/// POST /findings/{id}/takedown (analysts and admins, with the form's antiforgery token): drafts the abuse report as
/// `vigie takedown` does and records it on the finding. The draft button sends the .eml back to review in a mail client;
/// the send button (shown when the serve configuration has an smtp: section, as `vigie takedown --send`) mails one copy
/// to each abuse contact, records those that accepted it as sent, and returns to the finding page.
/// </summary>
internal static class TakedownEndpoint
{
    public static async Task<IResult> DraftAsync(long id, HttpContext context, VigieDatabase database, EvidenceStore evidence, ServeConfig config, TimeProvider time)
    {
        var cancel = context.RequestAborted;
        var form = await context.Request.ReadFormAsync(cancel);
        var store = new FindingsStore(database, time);
        if (await store.Findings.GetAsync(id, cancel) is not { } finding || await store.Organisations.GetAsync(finding.OrganisationId, cancel) is not { } organisation)
        {
            return FindingEndpoints.NotFound(context);
        }

        var settings = config.Takedown;
        var language = form["lang"].FirstOrDefault() is { Length: > 0 } chosen ? chosen : settings.Language;
        try
        {
            using var transport = new HttpRdapTransport(TimeSpan.FromSeconds(15));
            var contacts = await TakedownRdap.CreateAsync(settings.RdapFolder ?? Path.Combine(config.DataFolder, "rdap"), transport, cancel);
            var drafter = new TakedownDrafter(store, evidence, contacts, time);
            var draft = await drafter.DraftAsync(finding, organisation, language, settings.From is null ? null : MailboxAddress.Parse(settings.From), cancel);
            if (form["send"] == "1")
            {
                return await SendAsync(draft, drafter, context, config, time);
            }

            await drafter.RecordAsync(draft, sent: false, Actors.Of(context.User), settings.FollowUp, cancel);
            using var eml = new MemoryStream();
            await draft.Message.WriteToAsync(eml, cancel);
            return Results.File(eml.ToArray(), "message/rfc822", $"{finding.Name}-takedown.eml");
        }
        catch (ExportException e)
        {
            return Results.BadRequest(e.Message);
        }
    }

    private static async Task<IResult> SendAsync(TakedownDraft draft, TakedownDrafter drafter, HttpContext context, ServeConfig config, TimeProvider time)
    {
        if (config.Smtp is not { } smtp)
        {
            return Results.BadRequest("not sent: the serve configuration has no smtp: section (README, \"E-mail\"); draft the report instead");
        }

        if (draft.Contacts.Count == 0)
        {
            return Results.BadRequest($"not sent: no abuse contact found ({string.Join("; ", draft.Problems)}); draft the report instead");
        }

        var report = await drafter.SendAsync(draft, new SmtpMailSender(smtp, time), Actors.Of(context.User), config.Takedown.FollowUp, context.RequestAborted);
        return report.Delivered > 0
            ? Results.Redirect($"/findings/{draft.FindingId}", permanent: false, preserveMethod: false)
            : Results.Text($"not sent: {report.Summary()}", statusCode: StatusCodes.Status502BadGateway);
    }
}
