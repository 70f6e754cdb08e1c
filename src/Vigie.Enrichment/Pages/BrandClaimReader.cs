using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Vigie.Enrichment.Pages;

/// <summary>
/// Reads which brand a page presents itself as, from the places that carry identity, each with a weight: the title
/// (3), a heading (2), a logo image's file name or alt text (2.5), the icon's file name (1.5) — these two by the
/// brand's short forms too (ms-logo.svg is Microsoft's) —, images or style sheets
/// hot-linked from the brand's own domains (1.5), a copyright notice in its name (2), wording copied from its own
/// sign-in pages (2, or 3.5 for two phrases or more), element ids and field names copied from them (2, or 3.5 for
/// two or more), its name in the main text (1, or 1.5 from three times). Social sign-in buttons ("Sign in with
/// Google"), share and follow links, payment badges ("Pay with PayPal"), links to the brand's site, navigation and
/// footers, captcha and translation widgets ("protected by reCAPTCHA and the Google Privacy Policy"), e-mail addresses
/// (a user's jo@gmail.com) are left out: naming a brand there does not make the page that brand's. The site's own name is left out
/// too when it holds a brand name inside a longer name (a shop "Chase Outdoor" at chase-outdoor.com).
/// </summary>
internal static partial class BrandClaimReader
{
    public static BrandClaim? Read(IHtmlDocument document, Uri pageUrl, IReadOnlyList<Brand> brands, IReadOnlyList<Uri> resources)
    {
        if (brands.Count == 0)
        {
            return null;
        }

        var fullText = document.Body?.TextContent ?? "";
        var ownName = OwnName(pageUrl.Host);
        // An e-mail address names its mail provider, not the page: "settings for jo@gmail.com" is not Google's page.
        string Clean(string text) => ownName is null ? BrandText.Skeleton(Addresses(text)) : BrandText.Skeleton(Addresses(text)).Replace(ownName, " ", StringComparison.Ordinal);
        var title = Clean(document.Title ?? "");
        var main = new List<string>();
        var headings = new List<string>();
        var logos = new List<string>();
        if (document.Body is { } body)
        {
            Walk(body, main, headings, logos, brands);
        }

        var text = Clean(string.Join(' ', main));
        var heading = Clean(string.Join(" | ", headings));
        var logo = BrandText.Skeleton(string.Join(" | ", logos));
        var icon = BrandText.Skeleton(string.Join(" | ", document.QuerySelectorAll("link[rel~=icon], link[rel~='shortcut']")
            .Select(l => FileName(l.GetAttribute("href")))));
        var copyright = Clean(string.Join(" | ", CopyrightPattern().Matches(fullText).Select(m => m.Groups[1].Value)));
        var phrases = BrandText.Skeleton(fullText);
        var markup = document.All.Take(5_000).SelectMany(e => new[] { e.Id, e.GetAttribute("name") }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var visual = resources.Where(u => !u.AbsolutePath.EndsWith(".js", StringComparison.OrdinalIgnoreCase)).Select(u => u.Host).ToList();

        BrandClaim? best = null;
        foreach (var brand in brands)
        {
            var signals = new List<string>();
            var weight = 0.0;
            void Add(bool when, double w, string signal)
            {
                if (when)
                {
                    weight += w;
                    signals.Add(signal);
                }
            }

            Add(brand.Names.Any(n => BrandText.Names(title, n)), 3, "title");
            Add(brand.Names.Any(n => BrandText.Names(heading, n)), 2, "heading");
            Add(brand.LogoNames.Any(n => BrandText.Names(logo, n)), 2.5, "logo image");
            Add(brand.LogoNames.Any(n => BrandText.Names(icon, n)), 1.5, "icon");
            Add(visual.Any(brand.Owns), 1.5, $"images or styles loaded from {brand.Name}'s site");
            Add(brand.Names.Any(n => BrandText.Names(copyright, n)), 2, "copyright notice");
            var copied = brand.Phrases.Count(p => BrandText.Names(phrases, p));
            Add(copied > 0, copied > 1 ? 3.5 : 2, $"wording copied from {brand.Name}'s sign-in page");
            var ids = brand.Markup.Count(markup.Contains);
            Add(ids > 0, ids > 1 ? 3.5 : 2, $"markup copied from {brand.Name}'s sign-in page");
            var mentions = brand.Names.Sum(n => BrandText.Count(text, n));
            Add(mentions > 0, mentions >= 3 ? 1.5 : 1, "named in the text");
            if (weight > 0 && (best is null || weight > best.Weight))
            {
                best = new BrandClaim(brand, weight, signals);
            }
        }

        return best is { Weight: >= BrandClaim.Threshold } ? best : null;
    }

    private static void Walk(IElement element, List<string> main, List<string> headings, List<string> logos, IReadOnlyList<Brand> brands)
    {
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                main.Add(text.Data);
            }
            else if (node is IElement child && !Skipped(child, brands))
            {
                switch (child.LocalName)
                {
                    case "h1" or "h2" or "h3" when headings.Count < 2:
                        headings.Add(child.TextContent);
                        break;
                    case "img" when Logo(child) is { } logo:
                        logos.Add(logo);
                        break;
                    case "input" when child.GetAttribute("type") is "submit" or "button":
                        main.Add(child.GetAttribute("value") ?? "");
                        break;
                    case "input":
                        main.Add(child.GetAttribute("placeholder") ?? "");
                        break;
                }

                Walk(child, main, headings, logos, brands);
            }
        }
    }

    /// <summary>Parts of a page where a brand's name says nothing about whose page it is.</summary>
    private static bool Skipped(IElement element, IReadOnlyList<Brand> brands)
    {
        var name = element.LocalName;
        if (name is "script" or "style" or "noscript" or "template" or "footer" or "nav" or "select")
        {
            return true;
        }

        var marks = $"{element.Id} {element.ClassName}";
        if (FooterPattern().IsMatch(marks))
        {
            return true;
        }

        if (name is "a" && Uri.TryCreate(element.GetAttribute("href"), UriKind.Absolute, out var link) && brands.Any(b => b.Owns(link.Host)))
        {
            return true;
        }

        if (name is "a" or "button" or "li" or "span" or "div" or "p" or "label" or "h1" or "h2" or "h3" or "h4")
        {
            var content = element.TextContent;
            var label = $"{content} {element.GetAttribute("aria-label")} {element.GetAttribute("title")}";
            return content.Length < 120 && SocialPattern().IsMatch(label);
        }

        return false;
    }

    /// <summary>
    /// The site's own name, skeletonised, when its registrable label holds a word that is neither a brand name nor a
    /// service word kits add (chase-outdoor: "chase outdoor"); null for paypal-login or micros0ft, which are the brand.
    /// </summary>
    private static string? OwnName(string host)
    {
        // Under a suffix the public suffix list does not know (a lab's .test), the leftmost label is the name.
        var label = Core.Domains.DomainName.TryParse(host, out var name, out _) && name!.SuffixIsListed ? name.Label : host.Split('.')[0];
        var words = label.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var known = KnownBrands.All.SelectMany(b => b.Names).Select(n => BrandText.Skeleton(n).Trim()).ToHashSet(StringComparer.Ordinal);
        var ownWords = words.Where(w => !known.Contains(BrandText.Skeleton(w).Trim()) && !Core.Matching.ServiceWords.All.Contains(w)).ToList();
        return words.Length > 1 && ownWords.Count > 0 && ownWords.Count < words.Length ? BrandText.Skeleton(string.Join(' ', words)) : null;
    }

    /// <summary>
    /// What an image says about whose page it is, when it is a logo: its alt text or title is a name on its own
    /// ("PayPal", "Microsoft logo"), or its file name, alt, id or class says "logo". A product photo captioned
    /// "Microsoft Surface Duo" or a badge "Cards, Amex, PayPal accepted" is not a logo.
    /// </summary>
    private static string? Logo(IElement image)
    {
        var caption = $"{image.GetAttribute("alt")} {image.GetAttribute("title")}".Trim();
        var file = FileName(image.GetAttribute("src"));
        var all = $"{caption} {file} {image.Id} {image.ClassName}";
        if (all.Contains("logo", StringComparison.OrdinalIgnoreCase))
        {
            return all;
        }

        return caption.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is > 0 and <= 2 ? caption : null;
    }

    private static string Addresses(string text) => text.Contains('@', StringComparison.Ordinal) ? EmailPattern().Replace(text, " ") : text;

    private static string FileName(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        var path = url.Split('?', '#')[0];
        return path[(path.LastIndexOf('/') + 1)..];
    }

    [GeneratedRegex(@"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?,?\s*([^\n|.]{2,40})", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightPattern();

    /// <summary>Footers, social and share bars, navigation, cookie banners, and third-party widgets (Google Translate's goog-te-*, captchas).</summary>
    [GeneratedRegex(@"footer|social|share|(?:^|[\s_-])nav(?:bar)?(?:$|[\s_-])|cookie|goog-te|captcha", RegexOptions.IgnoreCase)]
    private static partial Regex FooterPattern();

    [GeneratedRegex(@"\b(?:(?:(?:sign|log)\s*(?:in|on|up)|continue|connect|login|register)\s+(?:with|using|via)\s+(?!your\b|the\b|an?\b|this\b)|share\s+(?:on|to|via|with)|follow\s+us|like\s+us|find\s+us|pay(?:ing)?\s+with|check\s*out\s+with|buy\s+with|get\s+it\s+on|download\s+on|available\s+on|powered\s+by|protected\s+by|connexion\s+avec|se\s+connecter\s+avec|continuer\s+avec|anmelden\s+mit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SocialPattern();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex EmailPattern();
}
