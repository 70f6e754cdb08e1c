using System.Text.Json;
using Vigie.Core.Domains;
using Vigie.Core.Matching;
using Vigie.Enrichment.Browser;
using Vigie.Enrichment.Dns;
using Vigie.Enrichment.Http;
using Vigie.Enrichment.Investigation;
using Vigie.Enrichment.Rdap;
using Vigie.Storage.Evidence;

namespace Vigie.Storage.Investigations;

/// <summary>
/// The resolver, the safe fetcher, the screenshot pool and the registration lookups, built once and used for
/// every suspect: `vigie investigate` has one, `vigie scan --investigate` one per run, `vigie serve` one for its
/// lifetime, shared by its investigation workers (the browser pool renders <see cref="InvestigationSettings.BrowserPages"/> pages at once).
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

    private InvestigationSession(InvestigationSettings settings, DnsResolver resolver, Func<bool, SafeHttpFetcher> fetcher, ScreenshotPool? pool, HttpRdapTransport rdap,
        RegistrationLookup registrations, TimeProvider time)
    {
        _resolver = resolver;
        _pool = pool;
        _rdap = rdap;
        _investigator = new Investigator(resolver, () => fetcher(true), pool, registrations, time, settings.GenuineRefresh);
        var list = settings.Watchlist;
        _matcher = list.Domains.Count + list.Brands.Count == 0 ? null : Matcher.Build(list, MatcherOptions.Default with { MinScore = 0 });
        _target = InvestigationTarget.From(list, settings.GenuinePages);
        _evidence = new EvidenceStore(settings.EvidenceFolder, time);
    }

    /// <summary>Genuine pages that could not be captured since the last call.</summary>
    public IReadOnlyList<string> TakeGenuinePageErrors() => _investigator.TakeGenuinePageErrors();

    public static async Task<InvestigationSession> OpenAsync(InvestigationSettings settings, TextWriter error, TimeProvider time, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        var resolver = new DnsResolver(new DnsResolverOptions { Servers = settings.NameServers, Timeout = TimeSpan.FromSeconds(2) }, time);
        var policy = new AddressPolicy(settings.AllowLoopback);
        SafeHttpFetcher Fetcher(bool follow) => new(new ConnectionGuard(new DnsHostAddressResolver(resolver), policy),
            new FetchOptions { FollowRedirects = follow, TotalTimeout = timeout }, time);
        var pool = settings.Screenshots
            ? new ScreenshotPool(new BrowserOptions { FullPage = settings.FullPage, PoolSize = settings.BrowserPages }, () => Fetcher(false), time)
            : null;
        var rdap = new HttpRdapTransport(timeout);
        var bootstrap = await LoadBootstrapAsync(settings.RdapBootstrap, settings.RdapBootstrapUrl, rdap, error, cancellationToken);
        var registrations = new RegistrationLookup(bootstrap, rdap, new TcpWhoisTransport(timeout, time), settings.WhoisServer);
        return new InvestigationSession(settings, resolver, Fetcher, pool, rdap, registrations, time);
    }

    /// <summary>Investigates one suspect against the session's watchlist, saves its evidence and returns the report in its printable form, with the evidence items.</summary>
    public Task<InvestigationResult> InvestigateAsync(DomainName suspect, CancellationToken cancellationToken)
    {
        Match? match = null;
        _matcher?.TryMatch(suspect.Ascii, out match);
        return InvestigateAsync(suspect, match, _target, null, cancellationToken);
    }

    /// <summary>
    /// Investigates one suspect against <paramref name="target"/>. With <paramref name="startedAt"/> the report carries
    /// that time instead of the clock's: a job investigated again after a crash then files its observations under the
    /// same times as the first attempt, so whatever that attempt stored is stored once.
    /// </summary>
    public async Task<InvestigationResult> InvestigateAsync(DomainName suspect, Match? match, InvestigationTarget target, DateTimeOffset? startedAt, CancellationToken cancellationToken)
    {
        var report = await _investigator.InvestigateAsync(suspect, match, target, cancellationToken);
        if (startedAt is { } at)
        {
            report = report with { StartedAt = at };
        }

        var (manifest, items) = await InvestigationEvidence.SaveAsync(_evidence, report, cancellationToken);
        return new InvestigationResult(report, InvestigateJsonMapper.Map(report, manifest), items);
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

    private static async Task<RdapBootstrap?> LoadBootstrapAsync(string file, Uri? url, IRdapTransport transport, TextWriter error, CancellationToken cancel)
    {
        try
        {
            if (url is not null && (!File.Exists(file) || File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddDays(-1)))
            {
                return await RdapBootstrapFile.RefreshAsync(url, file, transport, cancel);
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
