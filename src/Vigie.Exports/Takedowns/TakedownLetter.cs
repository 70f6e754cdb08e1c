using System.Globalization;
using System.Text;
using Vigie.Storage.Takedowns;

namespace Vigie.Exports.Takedowns;

/// <summary>
/// The subject and plain-text body of an abuse report: what is imitated and how, where it answers, the verdict and the
/// genuine page it copies, the timeline and the response headers, so an abuse desk can act without opening the zip.
/// Names are written defanged ("en-rnarche[.]fr") so that no mail client makes them clickable links.
/// </summary>
internal static class TakedownLetter
{
    public static (string Subject, string Body) Write(TakedownEvidence evidence, TakedownTexts texts, TakedownRequest? earlier, string? attachment)
    {
        var finding = evidence.Finding;
        var name = Defang(finding.Unicode == finding.Name ? finding.Name : $"{finding.Unicode} ({finding.Name})");
        var subject = string.Format(CultureInfo.InvariantCulture, earlier is null ? texts.Subject : texts.FollowUpSubject, Defang(finding.Name), finding.Target);
        var body = new StringBuilder();
        body.Append(texts.Greeting).Append("\n\n");
        body.Append(string.Format(CultureInfo.InvariantCulture, texts.Introduction, name, finding.Target, evidence.Organisation.Name)).Append("\n\n");
        if (earlier is not null)
        {
            body.Append(string.Format(CultureInfo.InvariantCulture, texts.FollowUp, earlier.RequestedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append("\n\n");
        }

        body.Append(texts.Request).Append("\n\n");
        Line(body, texts.Imitates, finding.Target);
        Line(body, texts.Technique, finding.Explanation);
        Line(body, texts.FirstSeen, Time(finding.FirstSeen));
        Line(body, texts.Url, evidence.Url is null ? null : Defang(evidence.Url));
        Line(body, texts.Addresses, evidence.Addresses.Count == 0 ? null : string.Join(", ", evidence.Addresses));
        Line(body, texts.Verdict, finding.Verdict is null ? null : $"{finding.Verdict} ({finding.RiskScore}/100){(evidence.Reasons.Count == 0 ? "" : ": " + string.Join("; ", evidence.Reasons))}");
        Line(body, texts.Copies, evidence.CopyOf is null ? null : evidence.CopyOf + (evidence.Similarity is { } s ? $" ({s}%)" : ""));
        Line(body, "Screenshot SHA-256", finding.ScreenshotSha256);
        body.Append('\n').Append(texts.Timeline).Append(":\n");
        foreach (var observation in evidence.Timeline)
        {
            body.Append("  ").Append(Time(observation.ObservedAt)).Append("  ").Append(observation.Kind.ToString().ToLowerInvariant())
                .Append("  ").Append(Defang(observation.Summary)).Append('\n');
        }

        if (evidence.Headers is { } headers)
        {
            body.Append('\n').Append(texts.Headers).Append(":\n");
            foreach (var line in headers.Split('\n'))
            {
                body.Append("  ").Append(line).Append('\n');
            }
        }

        if (attachment is not null)
        {
            body.Append('\n').Append(string.Format(CultureInfo.InvariantCulture, texts.Attachment, attachment)).Append('\n');
        }

        body.Append('\n').Append(texts.Closing).Append("\n\n-- \n").Append(evidence.Organisation.Name).Append(" (Vigie)\n");
        return (subject, body.ToString());
    }

    /// <summary>"en-rnarche.fr" → "en-rnarche[.]fr", "https://" → "hxxps://": the usual defanging of abuse reports.</summary>
    public static string Defang(string text) =>
        text.Replace("http://", "hxxp://", StringComparison.Ordinal).Replace("https://", "hxxps://", StringComparison.Ordinal).Replace(".", "[.]", StringComparison.Ordinal);

    private static void Line(StringBuilder body, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            body.Append(label).Append(": ").Append(value).Append('\n');
        }
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
