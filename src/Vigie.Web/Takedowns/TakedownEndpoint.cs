using Microsoft.AspNetCore.Http;
using MimeKit;
using Vigie.Enrichment.Rdap;
using Vigie.Exports;
using Vigie.Exports.Takedowns;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Evidence;
using Vigie.Web.Findings;
using Vigie.Web.Hosting;
using Vigie.Web.Security;

namespace Vigie.Web.Takedowns;

/// <summary>
/// POST /findings/{id}/takedown (analysts and admins, with the form's antiforgery token): drafts the abuse report as
/// `vigie takedown` does, records it on the finding, and sends the draft back as an .eml to open in a mail client.
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
}
