using System.Globalization;
using Vigie.Core.Scoring;
using Vigie.Storage.Investigations;

namespace Vigie.Cli.Investigate;

/// <summary>The human form: the verdict first, then one line per observation.</summary>
internal static class InvestigateTextWriter
{
    public static async Task WriteAsync(TextWriter output, InvestigateJson r)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{r.Domain}: {VerdictNames.Title(r.Verdict)} (risk {r.Score}/100)"),
        };
        lines.AddRange(r.Reasons.Select(reason => $"  - {reason}"));
        if (r.MatchedAsset is not null)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  match:        {r.MatchedAsset} ({r.MatchScore}/100): {r.MatchExplanation}"));
        }

        lines.Add($"  addresses:    {Join(r.Addresses)}");
        lines.Add($"  mail (MX):    {Join(r.MailExchangers)}");
        lines.Add($"  name servers: {Join(r.NameServers)}");
        if (r.Http is { } h)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  web:          {(h.Status == 0 ? "no answer" : h.Status.ToString(CultureInfo.InvariantCulture))} {h.FinalUrl}{(h.Redirects.Count > 0 ? $" after {h.Redirects.Count} redirect(s)" : "")}"));
            if (h.Error is not null)
            {
                lines.Add($"                {h.Error}");
            }

            foreach (var c in h.Certificates)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"  certificate:  {c.Subject}, issued by {c.Issuer}, {c.NotBefore:yyyy-MM-dd} to {c.NotAfter:yyyy-MM-dd}{(c.ValidationErrors.Length > 0 ? $" ({c.ValidationErrors})" : "")}"));
            }
        }

        if (r.Title is { Length: > 0 })
        {
            lines.Add($"  title:        {r.Title}");
        }

        lines.Add($"  login form:   {(r.CredentialForm ? "yes" : r.TwoStepLogin ? "e-mail step of a two-step sign-in" : "no")}{(r.PostsOffSite ? ", posts to another host" : "")}");
        if (r.ClosestGenuinePage is not null)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  copies:       {(r.CopyOf is not null ? $"{r.CopyOf} ({r.Similarity}% similar)" : $"nothing (closest: {r.ClosestGenuinePage}, {r.Similarity}%)")}"));
        }

        if (r.ScreenshotSha256 is not null || r.ScreenshotError is not null)
        {
            lines.Add($"  screenshot:   {r.ScreenshotSha256 ?? r.ScreenshotError}");
        }

        if (r.Registration is { } g)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  registration: {g.Registrar ?? "unknown registrar"}, created {g.Created:yyyy-MM-dd}, abuse {g.AbuseEmail ?? "unknown"} ({g.Source} {g.Server})"));
        }
        else if (r.RegistrationError is not null)
        {
            lines.Add($"  registration: {r.RegistrationError}");
        }

        lines.AddRange(r.Refused.Select(x => $"  refused:      {x}"));
        if (r.Evidence is not null)
        {
            lines.Add($"  evidence:     {r.Evidence}");
        }

        foreach (var line in lines)
        {
            await output.WriteLineAsync(line);
        }
    }

    private static string Join(IReadOnlyList<string> values) => values.Count == 0 ? "none" : string.Join(", ", values);
}
