using System.ComponentModel;
using MimeKit;
using Vigie.Enrichment.Browser;
using Vigie.Mail;
using Vigie.Storage.Organisations;

namespace Vigie.Web.Digest;

/// <summary>
/// Builds and sends an organisation's digest, the same way for `vigie digest`, the schedule of `vigie serve` and the
/// dashboard's "send now": load the period's findings, shrink their pictures in Chromium, compose, one message per recipient.
/// </summary>
internal sealed class DigestService(DigestLoader loader, DigestSettings settings, SmtpSettings? smtp, Uri? dashboard, TimeProvider time, string browser = "/usr/bin/chromium")
{
    /// <summary>The sender when no `smtp:` section names one: previews only.</summary>
    private static readonly MailboxAddress PreviewSender = new("Vigie", "vigie@localhost");

    public DigestSettings Settings => settings;

    public SmtpSettings? Smtp => smtp;

    public TimeProvider Time => time;

    public async Task<DigestBuild> BuildAsync(Organisation organisation, DigestPeriod period, string? language, CancellationToken cancellationToken)
    {
        var plan = settings.PlanFor(organisation.Slug);
        plan = plan with { Language = language ?? plan.Language };
        var items = await loader.LoadAsync(organisation, period, settings.States, cancellationToken);
        var composer = new DigestComposer(settings, dashboard, smtp?.From ?? PreviewSender);
        if (!items.Any(i => i.Fake is not null || i.Genuine is not null))
        {
            var (content, body) = await composer.ComposeAsync(organisation, period, plan, items, new OriginalImages(), cancellationToken);
            return new DigestBuild(content, body, null);
        }

        ChromiumImageShrinker? chromium = null;
        string? warning = null;
        try
        {
            chromium = await ChromiumImageShrinker.StartAsync(browser, cancellationToken);
        }
        catch (Exception e) when (e is CdpException or Win32Exception or IOException)
        {
            warning = $"pictures kept at full size (no browser to shrink them: {e.Message})";
        }

        try
        {
            var (content, body) = await composer.ComposeAsync(organisation, period, plan, items, (IImageShrinker?)chromium ?? new OriginalImages(), cancellationToken);
            return new DigestBuild(content, body, warning);
        }
        finally
        {
            if (chromium is not null)
            {
                await chromium.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// One message per recipient through <paramref name="sender"/>; null when the week is empty and `digest: empty: skip`.
    /// A recipient's failure is in the report, never thrown.
    /// </summary>
    public async Task<MailReport?> SendAsync(DigestBuild build, IReadOnlyList<string> to, IMailSender sender, CancellationToken cancellationToken)
    {
        if (build.Content.Entries.Count == 0 && !settings.SendEmpty)
        {
            return null;
        }

        var from = smtp?.From ?? throw new InvalidOperationException("no smtp: section in the configuration: the digest cannot be sent");
        var now = time.GetUtcNow();
        return await sender.SendAsync([.. to.Select(t => DigestMessageBuilder.Message(build.Content, build.Body, from, t, now))], cancellationToken);
    }

    /// <summary>The HTML as a browser can show it on its own: pictures as data: URLs instead of cid: parts (the preview).</summary>
    public static string PreviewHtml(DigestContent content) =>
        DigestHtmlWriter.Write(content, image => $"data:{image.MediaType};base64,{Convert.ToBase64String(image.Content)}");
}
