using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace Vigie.Enrichment.Pages;

/// <summary>
/// Reads the fingerprints phishing-kit studies describe (Cova et al., "There Is No Free Phish", 2008; Oest et al.,
/// "Inside a Phisher's Mind", 2018; Bijmans et al., "Catching Phishers By Their Bait", USENIX Security 2021): the
/// drop script's name, exfiltration to chat-bot APIs and form relays, encoded markup, anti-analysis scripts.
/// </summary>
internal static partial class KitFingerprintReader
{
    public static KitFingerprints Read(IHtmlDocument document, string html)
    {
        var scripts = string.Join('\n', document.Scripts.Take(200).Select(s => s.Text));
        var handlers = string.Join(' ', document.All.Take(5_000).Select(e => $"{e.GetAttribute("oncontextmenu")} {e.GetAttribute("onkeydown")} {e.GetAttribute("onselectstart")}"));
        var secretForm = document.Forms.Take(50).Where(f => f.QuerySelectorAll("input, select, textarea").Any(i => SecretFields.Of(i) != SecretKinds.None))
            .Select(f => f.GetAttribute("action") ?? "").FirstOrDefault(a => KitScriptPattern().IsMatch(a));
        return new KitFingerprints
        {
            KitScript = secretForm is null ? null : KitScriptPattern().Match(secretForm).Value.TrimStart('/'),
            Exfiltration = ExfiltrationPattern().Match(scripts) is { Success: true } m ? m.Value : null,
            Obfuscated = ObfuscationPattern().IsMatch(scripts) || Base64Pattern().IsMatch(scripts) || ObfuscationPattern().IsMatch(html.Length > 200_000 ? html[..200_000] : html),
            AntiAnalysis = AntiAnalysisPattern().IsMatch(scripts) || ContextMenuPattern().IsMatch(handlers),
            Links = Links(document),
        };
    }

    private static (int Dead, int Total) Links(IHtmlDocument document)
    {
        var links = document.QuerySelectorAll("a").Take(5_000).Select(a => a.GetAttribute("href")?.Trim() ?? "").ToList();
        return (links.Count(h => h.Length == 0 || h[0] == '#' || h.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)), links.Count);
    }

    /// <summary>Drop-script names seen in kits (the corpus's next.php, post.php, login.php, send.php…), at the end of the action's path.</summary>
    [GeneratedRegex(@"(?:^|/)(?:next|post|login|send|sender|mail|mailer|process|verify|verification|step\d?|signin|auth|submit|action|go|finish|confirm|check|result|results|data|info|save|done|connect|validate|update|logon|reg|ok|control|controller|pass|pwd|email|index\d|[a-z]{1,4}\d{0,2})\.php\b", RegexOptions.IgnoreCase)]
    private static partial Regex KitScriptPattern();

    [GeneratedRegex(@"api\.telegram\.org|discord(?:app)?\.com/api/webhooks|hooks\.slack\.com|formspree\.io|getform\.io|formsubmit\.co|submit-form\.com|webhook\.site|ipinfo\.io|ip-api\.com|api\.ipify\.org|geoplugin\.net|smtpjs\.com", RegexOptions.IgnoreCase)]
    private static partial Regex ExfiltrationPattern();

    [GeneratedRegex(@"document\.write\s*\(\s*(?:unescape|decodeURIComponent|atob|window\.atob)\s*\(|eval\s*\(\s*function\s*\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k\s*,\s*e|eval\s*\(\s*(?:atob|unescape)\s*\(|\\x3c\\x68\\x74|%3C%68%74%6D%6C|%3Chtml", RegexOptions.IgnoreCase)]
    private static partial Regex ObfuscationPattern();

    [GeneratedRegex(@"['""][A-Za-z0-9+/]{2000,}={0,2}['""]")]
    private static partial Regex Base64Pattern();

    [GeneratedRegex(@"keyCode\s*===?\s*123|which\s*===?\s*123|ctrlKey[^;]{0,60}(?:85|'u'|""u"")|contextmenu[^;]{0,80}(?:preventDefault|return\s+false)|navigator\.webdriver|HeadlessChrome|devtools-?detect|isBot\b|googlebot|crawler", RegexOptions.IgnoreCase)]
    private static partial Regex AntiAnalysisPattern();

    [GeneratedRegex(@"return\s+false", RegexOptions.IgnoreCase)]
    private static partial Regex ContextMenuPattern();
}
