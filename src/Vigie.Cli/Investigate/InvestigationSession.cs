using System.Text.Json;
using Vigie.Core.Domains;
using Vigie.Core.Matching;
using Vigie.Core.Watchlists;
using Vigie.Enrichment.Browser;
using Vigie.Enrichment.Dns;
using Vigie.Enrichment.Http;
using Vigie.Enrichment.Investigation;
using Vigie.Enrichment.Pages;
using Vigie.Enrichment.Rdap;
using Vigie.Storage.Evidence;

namespace Vigie.Cli.Investigate;

/// <summary>
/// The resolver, the safe fetcher, the screenshot pool and the registration lookups, built once and used for
/// every suspect of a command: `vigie investigate` has one, `vigie scan --investigate` one per registered name.
/// </summary>
internal sealed class InvestigationSession : IAsyncDisposable
{
    private readonly DnsResolver _resolver;
    private readonly ScreenshotPool? _pool;
    private readonly HttpRdapTransport _rdap;
    private readonly Investigator _investigator;
    private readonly Matcher? _matcher;
    private readonly InvestigationTarget _target;
    private readonly EvidenceStore _evidence;

    private InvestigationSession(InvestigationSettings settings, DnsResolver resolver, Func<bool, SafeHttpFetcher> fetcher, ScreenshotPool? pool, HttpRdapTransport rdap, RegistrationLookup registrations)
    {
        _resolver = resolver;
        _pool = pool;
        _rdap = rdap;
        _investigator = new Investigator(resolver, () => fetcher(true), pool, registrations, TimeProvider.System);
        var list = settings.Watchlist;
        _matcher = list.Domains.Count + list.Brands.Count == 0 ? null : Matcher.Build(list, MatcherOptions.Default with { MinScore = 0 });
        _target = Target(list, settings.GenuinePages);
        _evidence = new EvidenceStore(settings.EvidenceFolder, TimeProvider.System);
    }

    public IEnumerable<string> GenuinePageErrors => _investigator.GenuinePageErrors;

    public static async Task<InvestigationSession> OpenAsync(InvestigationSettings settings, TextWriter error, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        var resolver = new DnsResolver(new DnsResolverOptions { Servers = settings.NameServers, Timeout = TimeSpan.FromSeconds(2) }, TimeProvider.System);
        var policy = new AddressPolicy(settings.AllowLoopback);
        SafeHttpFetcher Fetcher(bool follow) => new(new ConnectionGuard(new DnsHostAddressResolver(resolver), policy),
            new FetchOptions { FollowRedirects = follow, TotalTimeout = timeout }, TimeProvider.System);
        var pool = settings.Screenshots
            ? new ScreenshotPool(new BrowserOptions { FullPage = settings.FullPage, PoolSize = 1 }, () => Fetcher(false), TimeProvider.System)
            : null;
        var rdap = new HttpRdapTransport(timeout);
        var bootstrap = await LoadBootstrapAsync(settings.RdapBootstrap, settings.RdapBootstrapUrl, rdap, error, cancellationToken);
        var registrations = new RegistrationLookup(bootstrap, rdap, new TcpWhoisTransport(timeout, TimeProvider.System), settings.WhoisServer);
        return new InvestigationSession(settings, resolver, Fetcher, pool, rdap, registrations);
    }

    /// <summary>Investigates one suspect, saves its evidence and returns the report in its printable form, with the evidence items.</summary>
    public async Task<(InvestigationReport Report, InvestigateJson Json, IReadOnlyList<EvidenceItem> Evidence)> InvestigateAsync(DomainName suspect, CancellationToken cancellationToken)
    {
        Core.Matching.Match? match = null;
        _matcher?.TryMatch(suspect.Ascii, out match);
        var report = await _investigator.InvestigateAsync(suspect, match, _target, cancellationToken);
        var (manifest, items) = await InvestigationEvidence.SaveAsync(_evidence, report, cancellationToken);
        return (report, InvestigateJsonMapper.Map(report, manifest), items);
    }

    public async ValueTask DisposeAsync()
    {
        if (_pool is not null)
        {
            await _pool.DisposeAsync();
        }

        _rdap.Dispose();
        _resolver.Dispose();
    }

    private static InvestigationTarget Target(Watchlist list, IReadOnlyList<Uri> genuinePages)
    {
        var hosts = list.Domains.Concat(list.Subdomains).Concat(genuinePages.Select(u => u.Host)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var brands = list.Brands.Append(list.Organisation)
            .Concat(list.Domains.Select(d => DomainName.Parse(d).Label))
            .Where(b => b.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new InvestigationTarget(new PageContext(brands, hosts), [.. genuinePages.Distinct()]);
    }

    private static async Task<RdapBootstrap?> LoadBootstrapAsync(string? path, string? url, IRdapTransport transport, TextWriter error, CancellationToken cancel)
    {
        var file = path ?? DataPaths.In(Path.Combine("rdap", "dns.json"));
        try
        {
            if (url is not null && (!File.Exists(file) || File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddDays(-1)))
            {
                return await RdapBootstrapFile.RefreshAsync(InvestigateCommand.ParseUrl(url), file, transport, cancel);
            }

            return await RdapBootstrapFile.LoadAsync(file, cancel);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or FormatException or JsonException or TaskCanceledException && !cancel.IsCancellationRequested)
        {
            await error.WriteLineAsync($"vigie: RDAP bootstrap {file}: {e.Message}; registration data only from WHOIS");
            return null;
        }
    }
}
