using MimeKit;
using MimeKit.IO;
using MimeKit.Utils;

namespace Vigie.Web.Digest;

/// <summary>
/// The e-mail with MimeKit: multipart/alternative of the plain text and multipart/related HTML whose every picture is
/// an inline part referenced by cid: (RFC 2392), so clients that block remote content show it all. One message per
/// recipient, each with its own Message-ID and Date (RFC 5322 §3.6), List-Unsubscribe (RFC 2369) and
/// Auto-Submitted (RFC 3834, so auto-responders stay quiet).
/// </summary>
internal static class DigestMessageBuilder
{
    public static string Subject(DigestContent d) =>
        d.T(d.Entries.Count == 0 ? "SubjectEmpty" : "Subject", d.Organisation.Name, d.Period.FirstDay(d.Zone).ToString("M", d.Culture), d.Period.LastDay(d.Zone).ToString("M", d.Culture));

    /// <summary>The body every recipient's message shares; its pictures get Content-IDs in <paramref name="domain"/>.</summary>
    public static MimeEntity Body(DigestContent d, string domain)
    {
        var builder = new BodyBuilder();
        var ids = new Dictionary<DigestImage, string>(ReferenceEqualityComparer.Instance);
        string Source(DigestImage image)
        {
            if (!ids.TryGetValue(image, out var id))
            {
                var extension = image.MediaType == "image/jpeg" ? ".jpg" : ".png";
                var part = builder.LinkedResources.Add($"picture-{ids.Count + 1}{extension}", image.Content, ContentType.Parse(image.MediaType));
                part.ContentId = id = MimeUtils.GenerateMessageId(domain);
                ids[image] = id;
            }

            return "cid:" + id;
        }

        builder.HtmlBody = DigestHtmlWriter.Write(d, Source);
        builder.TextBody = DigestTextWriter.Write(d);
        var body = builder.ToMessageBody();
        // A Content-* header belongs to the entity it describes (RFC 3282), here the whole body.
        body.Headers.Add("Content-Language", d.Language);
        return body;
    }

    public static MimeMessage Message(DigestContent d, MimeEntity body, MailboxAddress from, string to, DateTimeOffset now)
    {
        var domain = Domain(from);
        var message = new MimeMessage { Subject = Subject(d), Date = now, MessageId = MimeUtils.GenerateMessageId(domain), Body = body };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add("List-Id", $"{d.Organisation.Slug}.digest.{domain}");
        message.Headers.Add("List-Unsubscribe", $"<mailto:{d.UnsubscribeAddress}?subject=unsubscribe%20{Uri.EscapeDataString(d.Organisation.Slug)}>");
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    /// <summary>The size of <paramref name="body"/> as sent (base64 and quoted-printable included).</summary>
    public static long Measure(MimeEntity body)
    {
        using var measure = new MeasuringStream();
        body.WriteTo(measure);
        return measure.Length;
    }

    public static string Domain(MailboxAddress from) => from.Address[(from.Address.LastIndexOf('@') + 1)..];
}
