using AngleSharp.Html.Parser;
using Vigie.Core.Domains;

namespace Vigie.Benchmarks.Pages;

/// <summary>
/// The host a legitimate page was frozen from (pages/README.md, "Using them"): its canonical link or og:url, else
/// the action of a form that asks for a password, else any absolute form action, else the host its own links name
/// most. Null when the page names none.
/// </summary>
internal static class OriginalHost
{
    public static string? Of(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var candidates = document.QuerySelectorAll("link[rel~=canonical]").Select(l => l.GetAttribute("href"))
            .Concat(document.QuerySelectorAll("meta[property='og:url']").Select(m => m.GetAttribute("content")))
            .Concat(document.Forms.Where(f => f.QuerySelector("input[type=password]") is not null).Select(f => f.GetAttribute("action")))
            .Concat(document.Forms.Select(f => f.GetAttribute("action")));
        var named = candidates.Select(Host).FirstOrDefault(h => h is not null);
        return named ?? document.QuerySelectorAll("a[href]").Select(a => Host(a.GetAttribute("href")))
            .OfType<string>().GroupBy(h => h, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
    }

    private static string? Host(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
        && DomainName.TryParse(u.Host, out var name, out _) && name!.SuffixIsListed
            ? name.Ascii
            : null;
}
