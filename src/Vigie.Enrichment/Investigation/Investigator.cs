using System.Numerics;
using Vigie.Core.Domains;
using Vigie.Core.Matching;
using Vigie.Core.Scoring;
using Vigie.Enrichment.Browser;
using Vigie.Enrichment.Dns;
using Vigie.Enrichment.Http;
using Vigie.Enrichment.Pages;
using Vigie.Enrichment.Rdap;

namespace Vigie.Enrichment.Investigation;

/// <summary>
/// Investigates one domain: DNS (A, AAAA, MX, and NS of its registrable domain), the registration (RDAP, else
/// WHOIS), the web page over HTTPS then HTTP through the safe fetcher, its analysis, a screenshot, the comparison
/// with the genuine pages, what it shares with the genuine domains (brand's own evidence), then the verdict. Each
/// step's failure is recorded and the next one still runs.
/// </summary>
internal sealed class Investigator(
    IDnsResolver dns,
    Func<SafeHttpFetcher> fetchers,
    IScreenshotter? screenshots,
    RegistrationLookup? registrations,
    TimeProvider time,
    TimeSpan? genuineRefresh = null)
{
    private readonly GenuinePageLibrary? genuine = screenshots is null ? null : new GenuinePageLibrary(screenshots, time, genuineRefresh ?? Timeout.InfiniteTimeSpan);
    private readonly OwnershipEvidenceCollector ownership = new(dns, fetchers, registrations);
    private readonly GenuineFavicons favicons = new(fetchers, time);

    /// <summary>Genuine pages that could not be captured since the last call (a long-running host reports each once).</summary>
    public IReadOnlyList<string> TakeGenuinePageErrors()
    {
        var errors = new List<string>();
        while (genuine is not null && genuine.Errors.TryDequeue(out var error))
        {
            errors.Add(error);
        }

        return errors;
    }

    public async Task<InvestigationReport> InvestigateAsync(DomainName domain, Match? match, InvestigationTarget target, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var name = domain.Ascii;
        var lookups = await Task.WhenAll(
            dns.QueryAsync(name, DnsRecordType.A, cancellationToken).AsTask(),
            dns.QueryAsync(name, DnsRecordType.AAAA, cancellationToken).AsTask(),
            dns.QueryAsync(name, DnsRecordType.MX, cancellationToken).AsTask(),
            dns.QueryAsync(domain.RegistrableDomain, DnsRecordType.NS, cancellationToken).AsTask());
        var addresses = lookups[0].DataOf(DnsRecordType.A).Concat(lookups[1].DataOf(DnsRecordType.AAAA)).ToList();
        var mx = lookups[2].DataOf(DnsRecordType.MX).ToList();
        var nameServers = OwnershipEvidenceCollector.NameServersOf(lookups[3]);
        var registration = registrations is null ? Task.FromResult<(Registration?, string?)>((null, null))
            : registrations.LookupAsync(domain.RegistrableDomain, cancellationToken);

        using var fetcher = fetchers();
        var http = addresses.Count == 0 ? null : await FetchAsync(fetcher, name, cancellationToken);
        var page = http is { IsHtml: true }
            ? await PageAnalyzer.AnalyzeAsync(HtmlDecoder.Decode(http.Body, http.ContentType), http.FinalUrl, target.Context, TimeSpan.FromSeconds(5), time, cancellationToken)
            : null;
        var favicon = page?.IconUrl is { } icon ? await FaviconAsync(fetcher, icon, cancellationToken) : null;

        Screenshot? shot = null;
        CloneMatch? clone = null;
        Screenshot? genuineCapture = null;
        if (screenshots is not null && http is { Status: > 0, IsDownload: false })
        {
            shot = await screenshots.CaptureAsync(http.RequestedUrl, cancellationToken);
            if (shot.Png.Length > 0)
            {
                // The rendered DOM is what the victim sees: kits that build the form in script show it only here.
                var rendered = await PageAnalyzer.AnalyzeAsync(shot.RenderedHtml, http.FinalUrl, target.Context, TimeSpan.FromSeconds(5), time, cancellationToken);
                page = Merge(page, rendered);
                var references = await genuine!.GetAsync(target.GenuinePages, cancellationToken);
                clone = CloneDetector.Closest(PageFingerprint.Of(shot.Png, rendered.Shape), references);
                genuineCapture = references.FirstOrDefault(r => r.Url == clone?.Genuine)?.Capture;
            }
        }

        if (page is not null && favicon is not null
            && await favicons.BrandOfAsync(favicon, target.Context.Brands, target.GenuinePages, cancellationToken) is { } iconOf)
        {
            page = page with
            {
                Claim = iconOf.SameBytes
                    ? BrandClaim.With(page.Claim, iconOf.Brand, 3, $"the site icon is {iconOf.Brand.Name}'s")
                    : BrandClaim.With(page.Claim, iconOf.Brand, 1.5, $"the site icon looks like {iconOf.Brand.Name}'s"),
            };
        }

        var (registered, registrationError) = await registration;
        var refused = fetcher.Guard.Attempts.Where(a => a.Refused).ToList();
        var (organisation, trusted) = OwnershipEvidenceCollector.CertificateOf(http, name);
        var suspect = new OwnershipSignals(domain.RegistrableDomain, nameServers, OwnershipEvidenceCollector.MailHostsOf(mx), organisation, trusted, registered?.RegistrantOrganisation);
        var evidence = await ownership.CollectAsync(suspect, GenuineDomains(match, target), cancellationToken);
        var finalHost = http?.FinalUrl.Host ?? name;
        var claim = page?.Claim;
        var facts = new InvestigationFacts
        {
            MatchScore = match?.Score ?? 0,
            Resolves = addresses.Count > 0,
            HasMx = mx.Count > 0,
            WebAnswered = http is { Status: > 0 },
            ForbiddenAddress = refused.Count > 0,
            ClaimedBrand = claim?.Brand.Name,
            ClaimStrength = claim?.Strength ?? 0,
            ClaimSignals = claim?.Signals ?? [],
            HostIsClaimedBrands = claim is not null && claim.Brand.Owns(finalHost),
            PasswordForm = page?.HasPasswordForm ?? false,
            AsksCard = page is not null && (page.Secrets & (SecretKinds.CardNumber | SecretKinds.CardCode)) != 0,
            OtherSecrets = OtherSecrets(page?.Secrets ?? SecretKinds.None),
            SecretGroups = SecretGroups(page?.Secrets ?? SecretKinds.None),
            SecretsOutsideForms = page?.SecretsOutsideForms ?? false,
            TwoStepLogin = page?.TwoStepLogin ?? false,
            PostsOffBrand = page?.CredentialForms.Where(f => f.PostsOffSite && (f.Secrets != SecretKinds.None || f.HasIdentifier))
                .Select(f => f.Action!.Host).FirstOrDefault(h => claim is null || !claim.Brand.Owns(h)),
            KitScript = page?.Kit.KitScript,
            Exfiltration = page?.Kit.Exfiltration,
            Obfuscated = page?.Kit.Obfuscated ?? false,
            AntiAnalysis = page?.Kit.AntiAnalysis ?? false,
            Links = page is null || page.Incomplete ? null : page.Kit.Links,
            CopyOf = clone is { IsCopy: true } ? clone.Genuine.ToString() : null,
            CloneSimilarity = clone?.Similarity ?? 0,
            ParkingProvider = page?.ParkingProvider,
            RedirectsToGenuine = http is not null && http.FinalUrl.Host != name && target.Context.IsGenuine(http.FinalUrl.Host),
            Host = finalHost,
            ServesDownload = http?.IsDownload ?? false,
            RegisteredDaysAgo = registered?.Created is { } created ? (int)(started - created).TotalDays : null,
            Tld = domain.Suffix.Split('.')[^1],
            Ownership = evidence,
        };
        return new InvestigationReport
        {
            Domain = name,
            StartedAt = started,
            Match = match,
            Addresses = addresses,
            MailExchangers = mx,
            NameServers = nameServers,
            Http = http,
            Page = page,
            Favicon = favicon,
            Screenshot = shot,
            Comparison = clone,
            GenuineScreenshot = genuineCapture,
            Registration = registered,
            RegistrationError = registrationError,
            Refused = refused,
            Facts = facts,
            Assessment = VerdictRules.Assess(facts),
        };
    }

    /// <summary>The registrable domains the name imitates: the asset it matched, and the organisation's own domains.</summary>
    private static IEnumerable<string> GenuineDomains(Match? match, InvestigationTarget target) =>
        (match is not null && DomainName.TryParse(match.Target, out var asset, out _) ? [asset!.RegistrableDomain] : Array.Empty<string>())
            .Concat(target.GenuineDomains);

    /// <summary>HTTPS first (what a victim's browser would reach today), plain HTTP when nothing answered over TLS.</summary>
    private static async Task<FetchResult> FetchAsync(SafeHttpFetcher fetcher, string name, CancellationToken cancellationToken)
    {
        var https = await fetcher.FetchAsync(new Uri($"https://{name}/"), cancellationToken);
        return https.Status > 0 || https.Error?.StartsWith("refused", StringComparison.Ordinal) == true
            ? https
            : await fetcher.FetchAsync(new Uri($"http://{name}/"), cancellationToken);
    }

    internal static async Task<FaviconHash?> FaviconAsync(SafeHttpFetcher fetcher, Uri icon, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(icon, cancellationToken);
        return result.Status == 200 && result.Body.Length > 0 && !result.IsHtml ? FaviconHash.Of(result.Body) : null;
    }

    private static int SecretGroups(SecretKinds secrets)
    {
        const SecretKinds card = SecretKinds.CardNumber | SecretKinds.CardExpiry | SecretKinds.CardCode;
        return BitOperations.PopCount((uint)(secrets & ~card)) + ((secrets & card) != 0 ? 1 : 0);
    }

    private static List<string> OtherSecrets(SecretKinds secrets) =>
    [
        .. new (SecretKinds Kind, string Words)[]
        {
            (SecretKinds.CardExpiry, "a card's expiry date"), (SecretKinds.OneTimeCode, "a one-time or SMS code"),
            (SecretKinds.MemorableInformation, "memorable information"), (SecretKinds.SecurityQuestion, "answers to security questions"),
            (SecretKinds.Pin, "a PIN"), (SecretKinds.SocialSecurityNumber, "a social security number"),
        }.Where(k => secrets.HasFlag(k.Kind)).Select(k => k.Words),
    ];

    private static PageAnalysis Merge(PageAnalysis? fetched, PageAnalysis rendered) => fetched is null || fetched.Incomplete
        ? rendered
        : rendered with
        {
            CredentialForms = rendered.CredentialForms.Count > 0 ? rendered.CredentialForms : fetched.CredentialForms,
            Secrets = rendered.Secrets | fetched.Secrets,
            SecretsOutsideForms = rendered.SecretsOutsideForms || fetched.SecretsOutsideForms,
            Claim = new[] { rendered.Claim, fetched.Claim }.MaxBy(c => c?.Weight ?? 0),
            Kit = fetched.Kit with
            {
                KitScript = fetched.Kit.KitScript ?? rendered.Kit.KitScript,
                Exfiltration = fetched.Kit.Exfiltration ?? rendered.Kit.Exfiltration,
                AntiAnalysis = fetched.Kit.AntiAnalysis || rendered.Kit.AntiAnalysis,
                // The links a visitor can follow are those of the page the scripts built.
                Links = rendered.Kit.Links,
            },
            TwoStepLogin = rendered.TwoStepLogin || fetched.TwoStepLogin,
            BrandMentions = [.. rendered.BrandMentions.Union(fetched.BrandMentions)],
            HotLinkedFromGenuine = [.. rendered.HotLinkedFromGenuine.Union(fetched.HotLinkedFromGenuine)],
            ParkingProvider = rendered.ParkingProvider ?? fetched.ParkingProvider,
            Title = rendered.Title.Length > 0 ? rendered.Title : fetched.Title,
        };
}
