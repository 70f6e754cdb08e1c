using MimeKit;
using Vigie.Mail;
using Vigie.Storage;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;

namespace Vigie.Exports.Takedowns;

/// <summary>
/// `vigie takedown` and the finding page's button: drafts the abuse report of a finding (the evidence summary in the
/// body, the zip of `vigie evidence export` attached) to the abuse contacts RDAP gives, and records it on the finding:
/// state takedown_requested with a comment naming the recipients, and a follow-up date. A second request for the same
/// finding is a follow-up: it says when the first one was made.
/// </summary>
internal sealed class TakedownDrafter(FindingsStore store, EvidenceStore evidence, AbuseContactFinder contacts, TimeProvider time)
{
    public async Task<TakedownDraft> DraftAsync(Finding finding, Organisation organisation, string language, MailboxAddress? from, CancellationToken cancellationToken)
    {
        var texts = TakedownTexts.For(language);
        var gathered = await TakedownEvidenceReader.ReadAsync(store, evidence, finding, organisation, cancellationToken);
        var (found, problems) = await contacts.FindAsync(finding.Name, gathered.Addresses, cancellationToken);
        var earlier = (await store.Takedowns.ListAsync(finding.Id, cancellationToken)).LastOrDefault();
        var zipName = $"{finding.Name}-evidence.zip";
        byte[]? zip = null;
        if (evidence.Manifests(finding.Name).Count > 0)
        {
            using var buffer = new MemoryStream();
            await evidence.ExportAsync(finding.Name, buffer, cancellationToken);
            zip = buffer.ToArray();
        }
        else
        {
            problems = [.. problems, $"no evidence kept for {finding.Name} in {evidence.Root}: run 'vigie investigate {finding.Name}' to attach it"];
        }

        var (subject, body) = TakedownLetter.Write(gathered, texts, earlier, zip is null ? null : zipName);
        var message = new MimeMessage { Subject = subject, Date = time.GetUtcNow() };
        if (from is not null)
        {
            message.From.Add(from);
        }

        message.To.AddRange(found.Select(c => new MailboxAddress(c.Holder ?? c.Email, c.Email)));
        // Mail clients (Thunderbird, Outlook) open a message with this header as a draft to review and send.
        message.Headers.Add("X-Unsent", "1");
        var parts = new BodyBuilder { TextBody = body };
        if (zip is not null)
        {
            parts.Attachments.Add(zipName, zip, new ContentType("application", "zip"));
        }

        message.Body = parts.ToMessageBody();
        return new TakedownDraft(finding.Id, message, found, problems, language);
    }

    /// <summary>
    /// Sends the report by SMTP, one message per abuse contact (each sees only its own address), and records it as sent
    /// to those that accepted it; when none did, nothing is recorded and the report says why.
    /// </summary>
    public async Task<MailReport> SendAsync(TakedownDraft draft, IMailSender sender, Actor actor, TimeSpan followUp, CancellationToken cancellationToken)
    {
        var messages = new List<MimeMessage>();
        foreach (var contact in draft.Contacts)
        {
            using var buffer = new MemoryStream();
            await draft.Message.WriteToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            var message = await MimeMessage.LoadAsync(buffer, cancellationToken);
            message.To.Clear();
            message.To.Add(new MailboxAddress(contact.Holder ?? contact.Email, contact.Email));
            message.Headers.Remove("X-Unsent");
            messages.Add(message);
        }

        var report = await sender.SendAsync(messages, cancellationToken);
        var delivered = report.Deliveries.Where(d => d.Delivered).Select(d => d.Recipient).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (delivered.Count > 0)
        {
            await RecordAsync(draft with { Contacts = [.. draft.Contacts.Where(c => delivered.Contains(c.Email))] }, sent: true, actor, followUp, cancellationToken);
        }

        return report;
    }

    /// <summary>Records a drafted or sent report on its finding; the follow-up falls due <paramref name="followUp"/> later.</summary>
    public async Task RecordAsync(TakedownDraft draft, bool sent, Actor actor, TimeSpan followUp, CancellationToken cancellationToken)
    {
        var recipients = draft.Contacts.Select(c => c.Email).ToList();
        await store.Takedowns.AddAsync(draft.FindingId, recipients, draft.Language, sent, actor.Name, time.GetUtcNow() + followUp, cancellationToken);
        var how = sent ? "sent" : "drafted";
        var to = recipients.Count == 0 ? "no abuse contact found" : string.Join(", ", recipients);
        await store.Triage.ChangeStateAsync(draft.FindingId, TriageState.TakedownRequested, actor, $"abuse report {how} to {to}", cancellationToken);
    }
}
