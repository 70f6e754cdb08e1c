using System.Text;
using Vigie.Alerts;

namespace Vigie.Web.Digest;

/// <summary>
/// The plain-text part, complete on its own for clients that show no HTML: each fake address defanged with a line
/// of carets under the characters that differ, the real one below it, the trick, when it appeared and what to do.
/// </summary>
internal static class DigestTextWriter
{
    public static string Write(DigestContent d)
    {
        var text = new StringBuilder();
        var culture = d.Culture;
        var title = d.Entries.Count == 0 ? d.T("EmptyTitle") : d.T("Title");
        text.AppendLine(culture, $"{title} — {d.Organisation.Name}");
        text.AppendLine(d.T("Period", d.Date(d.Period.FirstDay(d.Zone)), d.Date(d.Period.LastDay(d.Zone))));
        text.AppendLine();
        if (d.Entries.Count == 0)
        {
            text.AppendLine(d.T("EmptyBody", d.Organisation.Name)).AppendLine();
        }
        else
        {
            text.AppendLine(d.T("Intro", d.Organisation.Name)).AppendLine(d.T("Defanged")).AppendLine();
            var width = Math.Max(d.T("Fake").Length, d.T("Real").Length) + 2;
            var number = 1;
            foreach (var entry in d.Entries)
            {
                var finding = entry.Finding;
                Marked(text, $"{number++}. {(d.T("Fake") + ":").PadRight(width)}", finding.Unicode, finding.Target, "");
                text.AppendLine(culture, $"   {(d.T("Real") + ":").PadRight(width)}{finding.Target}");
                text.AppendLine(culture, $"   {d.T("Trick")} {entry.Trick}");
                foreach (var note in entry.ScriptNotes)
                {
                    text.AppendLine(culture, $"   {note}");
                }

                if (entry.PicturesLeftOut)
                {
                    text.AppendLine(culture, $"   {d.T("SeeDashboard")}");
                }
                else if (entry.Fake is null && entry.Genuine is null)
                {
                    text.AppendLine(culture, $"   {d.T(finding.Live ? "NoPictures" : "NoPicturesOffline")}");
                }
                else if (entry.Fake is not null && entry.Genuine is null)
                {
                    text.AppendLine(culture, $"   {d.T("GenuineNotCaptured")}");
                }

                var seen = TimeZoneInfo.ConvertTime(finding.FirstSeen, d.Zone);
                text.AppendLine(culture, $"   {d.T("Appeared", seen.ToString("D", culture), seen.ToString("t", culture))} · {(finding.Live ? d.T("StillLive") : d.T("NotLive"))}");
                text.AppendLine(culture, $"   {d.T("IfEntered", d.Contact)}");
                text.AppendLine();
            }

            var counts = d.Counts;
            text.AppendLine(d.T("Counts", counts.Found.ToString("N0", culture), counts.Confirmed.ToString("N0", culture), counts.Live.ToString("N0", culture))).AppendLine();
        }

        text.AppendLine(d.T("TipTitle")).AppendLine(d.Tip).AppendLine();
        if (d.Quiz is { } quiz)
        {
            text.AppendLine(d.T("QuizTitle")).AppendLine(d.T("QuizIntro"));
            var n = 1;
            foreach (var (address, _) in quiz.Answers)
            {
                text.AppendLine(culture, $"  {n++}. {Defang.Name(address)}");
            }

            text.AppendLine();
        }

        if (d.WeekOnDashboard is { } dashboard)
        {
            text.AppendLine(d.T("Dashboard", dashboard.AbsoluteUri)).AppendLine();
        }

        if (d.Quiz is { } answers)
        {
            text.AppendLine(d.T("QuizAnswers"));
            var n = 1;
            foreach (var (address, imitates) in answers.Answers)
            {
                var prefix = $"  {n++}. ";
                if (imitates is null)
                {
                    text.AppendLine(culture, $"{prefix}{address} — {d.T("QuizReal")}");
                }
                else
                {
                    Marked(text, prefix, address, imitates, " — " + d.T("QuizFake"));
                }
            }

            text.AppendLine();
        }

        text.AppendLine("-- ").AppendLine(d.T("Footer", d.Organisation.Name, d.UnsubscribeAddress));
        return text.ToString();
    }

    /// <summary>A fake address defanged after <paramref name="prefix"/>, with a line of carets under the characters that differ from <paramref name="real"/>.</summary>
    private static void Marked(StringBuilder text, string prefix, string fake, string real, string suffix)
    {
        var runs = AddressMarkup.Runs(fake, real);
        text.Append(prefix).Append(string.Concat(runs.Select(r => r.Text))).AppendLine(suffix);
        var carets = AddressMarkup.Carets(runs);
        if (carets.Length > 0)
        {
            text.Append(' ', prefix.Length).AppendLine(carets);
        }
    }
}
