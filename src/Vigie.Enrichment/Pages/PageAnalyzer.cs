using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Vigie.Core.Domains;

namespace Vigie.Enrichment.Pages;

/// <summary>
/// Reads a fetched page with AngleSharp's HTML5 parser, which builds the same tree a browser does from broken or
/// hostile markup, and runs no script: credential forms, brand signals, parking markers, structure.
/// </summary>
internal static class PageAnalyzer
{
    /// <summary>Elements kept for the structure fingerprint; deeper documents are cut there (hostile nesting).</summary>
    private const int MaxElements = 20_000;

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>
    /// Parsing time is bounded: AngleSharp's tree builder is quadratic in nesting depth (100,000 nested divs, 500 kB,
    /// take over a minute), so a hostile page gets <paramref name="budget"/> and is then reported as
    /// <see cref="PageAnalysis.Incomplete"/> rather than stalling the investigation.
    /// </summary>
    public static async Task<PageAnalysis> AnalyzeAsync(
        string html, Uri pageUrl, PageContext context, TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        IHtmlDocument document;
        try
        {
            document = await new HtmlParser(ParserOptions).ParseDocumentAsync(html, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new PageAnalysis { Incomplete = true };
        }

        return Analyze(document, html, pageUrl, context);
    }

    private static PageAnalysis Analyze(IHtmlDocument document, string html, Uri pageUrl, PageContext context)
    {
        var text = Normalise(document.Body?.TextContent ?? "");
        var shown = string.Join(' ', (document.Title ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var title = shown.ToLowerInvariant();
        var forms = CredentialForms(document, pageUrl);
        var resources = ResourceUrls(document, pageUrl);
        var (secrets, outsideForms) = SecretFields.InDocument(document);
        return new PageAnalysis
        {
            Title = shown.Length > 300 ? shown[..300] : shown,
            CredentialForms = forms,
            Secrets = secrets,
            SecretsOutsideForms = outsideForms,
            TwoStepLogin = IsTwoStep(document, forms),
            Claim = BrandClaimReader.Read(document, pageUrl, context.Brands, resources),
            Kit = KitFingerprintReader.Read(document, html),
            BrandMentions = BrandMentions(document, title, text, context),
            HotLinkedFromGenuine = [.. resources.Where(u => context.IsGenuine(u.Host)).Distinct().Take(50)],
            ParkingProvider = ParkingProvider(resources, text, title),
            IconUrl = IconUrl(document, pageUrl),
            Shape = DomShape.FromTags(Tags(document)),
        };
    }

    private static List<CredentialForm> CredentialForms(IHtmlDocument document, Uri pageUrl)
    {
        var found = new List<CredentialForm>();
        foreach (var form in document.Forms.Take(50))
        {
            var inputs = form.QuerySelectorAll("input").OfType<IHtmlInputElement>().ToList();
            var secrets = form.QuerySelectorAll("input, select, textarea").Aggregate(SecretKinds.None, (k, f) => k | SecretFields.Of(f));
            var hasPassword = secrets.HasFlag(SecretKinds.Password);
            var hasIdentifier = inputs.Any(IsIdentifier);
            if (secrets == SecretKinds.None && !hasIdentifier)
            {
                continue;
            }

            var action = Absolute(pageUrl, form.GetAttribute("action"));
            found.Add(new CredentialForm(action, hasPassword, hasIdentifier, action is not null && !SameSite(action, pageUrl), secrets));
        }

        return found;
    }

    /// <summary>
    /// Kits split the sign-in like Microsoft and Google do: first the e-mail alone, then the password. A page that
    /// asks for an identifier and no password, while holding a hidden password field or a "next" button, is that first step.
    /// </summary>
    private static bool IsTwoStep(IHtmlDocument document, List<CredentialForm> forms)
    {
        if (forms.Count == 0 || forms.Any(f => f.HasPassword && f.HasIdentifier))
        {
            return false;
        }

        var hiddenPassword = document.QuerySelectorAll("input[type=password]").Length > 0;
        // ASP.NET Web Forms pages (Microsoft's among them, and their copies) post back from <input type=button>.
        var next = document.QuerySelectorAll("button, input[type=submit], input[type=button]")
            .Any(b => NextWords.Any(w => Normalise((b as IHtmlInputElement)?.Value ?? b.TextContent).Contains(w, StringComparison.Ordinal)));
        return forms.Any(f => f.HasIdentifier && !f.HasPassword) && (hiddenPassword || next);
    }

    private static readonly string[] NextWords = ["next", "continue", "suivant", "continuer", "weiter", "siguiente", "avanti"];

    /// <summary>Watched brands named in the title, text or image descriptions, as whole words (not "chase" in "purchase").</summary>
    private static List<string> BrandMentions(IHtmlDocument document, string title, string text, PageContext context)
    {
        var alts = string.Join(' ', document.Images.Take(200).Select(i => i.AlternativeText ?? ""));
        var haystack = BrandText.Skeleton($"{title} {text} {alts}");
        return [.. context.Brands.Where(b => b.Names.Any(n => BrandText.Names(haystack, n))).Select(b => b.Name)];
    }

    private static string? ParkingProvider(List<Uri> resources, string text, string title)
    {
        foreach (var url in resources)
        {
            var where = url.Host + url.AbsolutePath;
            foreach (var (marker, provider) in ParkingProviders.Hosts)
            {
                if (url.Host.Equals(marker, StringComparison.OrdinalIgnoreCase)
                    || url.Host.EndsWith("." + marker, StringComparison.OrdinalIgnoreCase)
                    || (marker.Contains('/', StringComparison.Ordinal) && where.Contains(marker, StringComparison.OrdinalIgnoreCase)))
                {
                    return provider;
                }
            }
        }

        var page = $"{title} {text}";
        var phrase = ParkingProviders.Phrases.FirstOrDefault(p => page.Contains(p, StringComparison.Ordinal));
        return phrase is null ? null : $"unknown provider (\"{phrase}\")";
    }

    private static List<Uri> ResourceUrls(IHtmlDocument document, Uri pageUrl)
    {
        var urls = new List<Uri>();
        foreach (var element in document.QuerySelectorAll("link[href], script[src], img[src], iframe[src], frame[src]").Take(2_000))
        {
            var url = Absolute(pageUrl, element.GetAttribute("href") ?? element.GetAttribute("src"));
            if (url is not null)
            {
                urls.Add(url);
            }
        }

        return urls;
    }

    private static Uri? IconUrl(IHtmlDocument document, Uri pageUrl)
    {
        var declared = document.QuerySelectorAll("link[rel][href]")
            .FirstOrDefault(l => (l.GetAttribute("rel") ?? "").Split(' ').Contains("icon", StringComparer.OrdinalIgnoreCase));
        return Absolute(pageUrl, declared?.GetAttribute("href")) ?? new Uri(pageUrl, "/favicon.ico");
    }

    private static List<string> Tags(IHtmlDocument document)
    {
        var tags = new List<string>();
        foreach (var element in document.All.Take(MaxElements))
        {
            tags.Add(element is IHtmlInputElement input ? $"input:{Type(input)}" : element.LocalName);
        }

        return tags;
    }

    private static bool IsIdentifier(IHtmlInputElement input)
    {
        var type = Type(input);
        if (type == "email")
        {
            return true;
        }

        if (type is not ("text" or "tel"))
        {
            return false;
        }

        var hints = $"{input.Name} {input.Id} {input.Autocomplete} {input.Placeholder}".ToLowerInvariant();
        return IdentifierHints.Any(h => hints.Contains(h, StringComparison.Ordinal));
    }

    private static readonly string[] IdentifierHints = ["mail", "user", "login", "account", "identifiant", "username", "phone", "courriel"];

    private static string Type(IHtmlInputElement input) => (input.GetAttribute("type") ?? "text").Trim().ToLowerInvariant();

    private static Uri? Absolute(Uri baseUrl, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || !Uri.TryCreate(baseUrl, reference.Trim(), out var url))
        {
            return null;
        }

        return url.Scheme is "http" or "https" ? url : null;
    }

    /// <summary>
    /// Same site means same registrable domain (the HTML "same site" of the public suffix list): a login form on
    /// www.example.org posting to auth.example.org stays at home, one posting to collect.example.net does not.
    /// Under a suffix the list does not know (a lab's .test), only the same host counts.
    /// </summary>
    private static bool SameSite(Uri a, Uri b) =>
        a.Host.Equals(b.Host, StringComparison.OrdinalIgnoreCase)
        || (DomainName.TryParse(a.Host, out var x, out _) && DomainName.TryParse(b.Host, out var y, out _)
            && x!.SuffixIsListed && x.RegistrableDomain == y!.RegistrableDomain);

    private static string Normalise(string s) =>
        string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
