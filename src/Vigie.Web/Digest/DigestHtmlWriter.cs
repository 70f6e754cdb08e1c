using Vigie.Alerts;
using Vigie.Web.Html;

namespace Vigie.Web.Digest;

/// <summary>
/// The HTML part: tables and inline styles only (what Outlook, Gmail and phone clients all render), no script, no
/// remote content: every picture comes from the image source given (a cid: part in the e-mail, a data: URL in
/// the preview). Fake addresses are defanged text, never inside a link; the only links go to the dashboard.
/// </summary>
internal static class DigestHtmlWriter
{
    public const string MarkStyle = "background:#ffd54f;color:#000;font-weight:bold;border-bottom:2px solid #b3261e";
    private const string Mono = "font-family:Consolas,'DejaVu Sans Mono',Menlo,monospace;font-size:17px;word-break:break-all";
    private const string Cell = "padding:16px 20px;border-top:1px solid #e3e7ee";

    public static string Write(DigestContent d, Func<DigestImage, string> imageSource)
    {
        var html = new HtmlBuilder();
        var subject = DigestMessageBuilder.Subject(d);
        html.Append($"<!DOCTYPE html><html lang=\"{d.Language}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{subject}</title></head>");
        html.Append($"<body style=\"margin:0;padding:0;background:#eef1f5\"><table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#eef1f5\"><tr><td align=\"center\" style=\"padding:16px 6px\">");
        html.Append($"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:640px;background:#ffffff;border-radius:6px;font-family:Arial,Helvetica,sans-serif;color:#1d2433;font-size:15px;line-height:1.45\">");
        var period = d.T("Period", d.Date(d.Period.FirstDay(d.Zone)), d.Date(d.Period.LastDay(d.Zone)));
        var title = d.Entries.Count == 0 ? d.T("EmptyTitle") : d.T("Title");
        html.Append($"<tr><td style=\"padding:20px;background:#1d2433;color:#ffffff;border-radius:6px 6px 0 0\"><div style=\"font-size:13px;opacity:.8\">{d.Organisation.Name} · {period}</div><div style=\"font-size:22px;font-weight:bold;margin-top:4px\">{title}</div></td></tr>");
        if (d.Entries.Count == 0)
        {
            html.Append($"<tr><td style=\"padding:20px\">{d.T("EmptyBody", d.Organisation.Name)}</td></tr>");
        }
        else
        {
            html.Append($"<tr><td style=\"padding:16px 20px 4px\"><p style=\"margin:0 0 8px\">{d.T("Intro", d.Organisation.Name)}</p><p style=\"margin:0;color:#555;font-size:13px\">{d.T("Defanged")}</p></td></tr>");
            foreach (var entry in d.Entries)
            {
                Entry(html, d, entry, imageSource);
            }

            var counts = d.Counts;
            html.Append($"<tr><td style=\"{Cell};background:#f6f8fb;font-weight:bold\">{d.T("Counts", counts.Found.ToString("N0", d.Culture), counts.Confirmed.ToString("N0", d.Culture), counts.Live.ToString("N0", d.Culture))}</td></tr>");
        }

        html.Append($"<tr><td style=\"{Cell}\"><div style=\"font-weight:bold;margin-bottom:4px\">{d.T("TipTitle")}</div>{d.Tip}</td></tr>");
        if (d.Quiz is { } quiz)
        {
            html.Append($"<tr><td style=\"{Cell}\"><table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"border:2px dashed #5b6b8c;border-radius:6px\"><tr><td style=\"padding:12px 16px\"><div style=\"font-weight:bold;font-size:17px\">{d.T("QuizTitle")}</div><p style=\"margin:4px 0 8px\">{d.T("QuizIntro")}</p>");
            var n = 1;
            foreach (var (address, _) in quiz.Answers)
            {
                html.Append($"<div style=\"{Mono}\">{n++}. {Defang.Name(address)}</div>");
            }

            html.Append($"</td></tr></table></td></tr>");
        }

        if (d.WeekOnDashboard is { } dashboard)
        {
            html.Append($"<tr><td style=\"{Cell}\">{d.T("Dashboard", "")}<a href=\"{dashboard.AbsoluteUri}\" style=\"color:#1a56c4\">{dashboard.AbsoluteUri}</a></td></tr>");
        }

        if (d.Quiz is { } answers)
        {
            html.Append($"<tr><td style=\"{Cell};font-size:13px\"><div style=\"font-weight:bold\">{d.T("QuizAnswers")}</div>");
            var n = 1;
            foreach (var (address, imitates) in answers.Answers)
            {
                // The answer shows what gives a fake away, marked as in its finding above; a genuine address is not defanged.
                html.Append($"<div><span style=\"{Mono};font-size:13px\">{n++}. ");
                if (imitates is null)
                {
                    html.Append($"{address}</span> — {d.T("QuizReal")}</div>");
                }
                else
                {
                    Marked(html, address, imitates);
                    html.Append($"</span> — {d.T("QuizFake")}</div>");
                }
            }

            html.Append($"</td></tr>");
        }

        html.Append($"<tr><td style=\"{Cell};color:#667085;font-size:12px\">{d.T("Footer", d.Organisation.Name, d.UnsubscribeAddress)}</td></tr>");
        html.Append($"</table></td></tr></table></body></html>");
        return html.ToString();
    }

    private static void Entry(HtmlBuilder html, DigestContent d, DigestEntry entry, Func<DigestImage, string> imageSource)
    {
        var finding = entry.Finding;
        html.Append($"<tr><td style=\"{Cell}\"><table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"margin-bottom:8px\">");
        html.Append($"<tr><td style=\"padding:2px 10px 2px 0;color:#b3261e;font-weight:bold;font-size:13px;text-transform:uppercase\">{d.T("Fake")}</td><td style=\"{Mono}\">");
        Marked(html, finding.Unicode, finding.Target);
        html.Append($"</td></tr><tr><td style=\"padding:2px 10px 2px 0;color:#1e7b34;font-weight:bold;font-size:13px;text-transform:uppercase\">{d.T("Real")}</td><td style=\"{Mono}\">{finding.Target}</td></tr></table>");
        html.Append($"<p style=\"margin:0 0 6px\"><strong>{d.T("Trick")}</strong> {entry.Trick}</p>");
        foreach (var note in entry.ScriptNotes)
        {
            html.Append($"<p style=\"margin:0 0 6px;color:#7a2e0e\">{note}</p>");
        }

        if (entry.PicturesLeftOut || (entry.Fake is null && entry.Genuine is null))
        {
            // No picture at all: one short line rather than two empty frames.
            var why = entry.PicturesLeftOut ? "SeeDashboard" : finding.Live ? "NoPictures" : "NoPicturesOffline";
            html.Append($"<p style=\"margin:6px 0;color:#555;font-size:13px\">{d.T(why)}</p>");
        }
        else
        {
            html.Append($"<div style=\"margin:8px 0\">");
            Picture(html, d.T("FakePage"), entry.Fake, d.T("NoScreenshot"), "#b3261e", imageSource);
            Picture(html, d.T("RealPage"), entry.Genuine, d.T("GenuineNotCaptured"), "#1e7b34", imageSource);
            html.Append($"</div>");
        }

        var seen = TimeZoneInfo.ConvertTime(finding.FirstSeen, d.Zone);
        html.Append($"<p style=\"margin:6px 0;color:#555;font-size:13px\">{d.T("Appeared", seen.ToString("D", d.Culture), seen.ToString("t", d.Culture))} · {(finding.Live ? d.T("StillLive") : d.T("NotLive"))}</p>");
        html.Append($"<p style=\"margin:6px 0 0;padding:8px 10px;background:#fff4e5;border-left:3px solid #e8a33d;font-size:14px\">{d.T("IfEntered", d.Contact)}</p></td></tr>");
    }

    /// <summary>A fake address defanged, with the runs that differ from <paramref name="real"/> marked (<see cref="AddressMarkup"/>).</summary>
    private static void Marked(HtmlBuilder html, string fake, string real)
    {
        foreach (var (text, marked) in AddressMarkup.Runs(fake, real))
        {
            html.Append(marked ? new HtmlFragment($"<span style=\"{MarkStyle}\">") : HtmlFragment.Empty).Encoded(text).Append(marked ? new HtmlFragment("</span>") : HtmlFragment.Empty);
        }
    }

    /// <summary>Side by side on a wide screen, one above the other on a phone: inline blocks need no media query.</summary>
    private static void Picture(HtmlBuilder html, string caption, DigestImage? image, string missing, string colour, Func<DigestImage, string> imageSource)
    {
        html.Append($"<div style=\"display:inline-block;vertical-align:top;width:280px;max-width:100%;margin:0 8px 8px 0\"><div style=\"font-size:12px;font-weight:bold;color:{colour};margin-bottom:2px\">{caption}</div>");
        if (image is null)
        {
            html.Append($"<div style=\"border:1px dashed #b8c0cc;padding:24px 10px;color:#667085;font-size:13px;text-align:center\">{missing}</div></div>");
            return;
        }

        var height = image.Height * 280 / Math.Max(1, image.Width);
        html.Append($"<img src=\"{imageSource(image)}\" alt=\"{caption}\" width=\"280\" height=\"{height}\" style=\"display:block;width:100%;max-width:280px;height:auto;border:2px solid {colour}\"></div>");
    }
}
