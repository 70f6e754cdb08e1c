using System.CommandLine;
using System.Text.Json;
using Vigie.Cli.Scan;
using Vigie.Core.Domains;
using Vigie.Core.Matching;
using Vigie.Core.Scoring;
using Vigie.Core.Watchlists;
using Vigie.Enrichment.Browser;
using Vigie.Enrichment.Dns;
using Vigie.Enrichment.Http;
using Vigie.Enrichment.Investigation;
using Vigie.Enrichment.Pages;
using Vigie.Enrichment.Rdap;
using Vigie.Storage.Evidence;

namespace Vigie.Cli.Investigate;

/// <summary>`vigie investigate`: DNS, registration, web page, screenshot, clone comparison and verdict for one domain (docs/commands/investigate.md).</summary>
internal static class InvestigateCommand
{
    public static Command Create()
    {
        var domain = new Argument<string>("DOMAIN") { Description = "The suspect domain." };
        var watchlist = new Option<FileInfo?>("--watchlist") { Description = "Watchlist file (docs/watchlist.md): domains, brands, login pages to compare with." };
        var watch = new Option<string[]>("--watch") { Description = "A domain to protect (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var genuine = new Option<string[]>("--genuine") { Description = "A genuine login page URL to compare with (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var nameservers = new Option<string[]>("--nameserver") { Description = "Recursive server IP[:PORT] (repeatable); default: /etc/resolv.conf.", Arity = ArgumentArity.ZeroOrMore };
        var allowLoopback = new Option<bool>("--allow-loopback") { Description = "Allow 127.0.0.0/8 and ::1 (a local lab); private, link-local and metadata addresses stay refused." };
        var format = new Option<string>("--format") { Description = "Output: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var evidence = new Option<string?>("--evidence") { Description = "Evidence folder; default: $XDG_DATA_HOME/vigie/evidence." };
        var noScreenshot = new Option<bool>("--no-screenshot") { Description = "Do not start Chromium (no screenshot, no clone comparison)." };
        var fullPage = new Option<bool>("--full-page") { Description = "Also keep a screenshot of the whole page." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds for one fetch, redirects and body included.", DefaultValueFactory = _ => 20 };
        var bootstrap = new Option<string?>("--rdap-bootstrap") { Description = "RDAP bootstrap file (IANA dns.json); default: $XDG_DATA_HOME/vigie/rdap/dns.json when present." };
        var bootstrapUrl = new Option<string?>("--rdap-bootstrap-url") { Description = "Where to download the bootstrap file when it is missing or a day old." };
        var whois = new Option<string?>("--whois-server") { Description = "WHOIS server HOST[:PORT] to ask when RDAP cannot answer." };
        var command = new Command("investigate", "Resolve, fetch, screenshot and assess one suspect domain, and keep the evidence.")
        {
            domain, watchlist, watch, genuine, nameservers, allowLoopback, format, evidence, noScreenshot, fullPage, timeout, bootstrap, bootstrapUrl, whois,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var config = parse.InvocationConfiguration;
            var suspect = ParseDomain(parse.GetValue(domain)!);
            var genuinePages = (parse.GetValue(genuine) ?? []).Select(ParseUrl).ToList();
            var list = LoadWatchlist(parse.GetValue(watch) ?? [], parse.GetValue(watchlist));
            genuinePages.AddRange(list.LoginPages.Select(ParseUrl));
            var servers = parse.GetValue(nameservers) is { Length: > 0 } given ? [.. given.Select(NameServers.Parse)] : ResolvConf.Read();
            if (servers.Count == 0)
            {
                throw new UsageException("no name server in /etc/resolv.conf: give one with --nameserver IP[:PORT]");
            }

            var seconds = parse.GetValue(timeout) is var t and > 0 ? t : throw new UsageException("--timeout: give a number of seconds above 0");
            var policy = new AddressPolicy(parse.GetValue(allowLoopback));
            using var resolver = new DnsResolver(new DnsResolverOptions { Servers = servers, Timeout = TimeSpan.FromSeconds(2) }, TimeProvider.System);
            SafeHttpFetcher Fetcher(bool follow) => new(new ConnectionGuard(new DnsHostAddressResolver(resolver), policy),
                new FetchOptions { FollowRedirects = follow, TotalTimeout = TimeSpan.FromSeconds(seconds) }, TimeProvider.System);
            await using var pool = parse.GetValue(noScreenshot) ? null
                : new ScreenshotPool(new BrowserOptions { FullPage = parse.GetValue(fullPage), PoolSize = 1 }, () => Fetcher(false), TimeProvider.System);
            using var rdap = new HttpRdapTransport(TimeSpan.FromSeconds(seconds));
            var registrations = new RegistrationLookup(
                await LoadBootstrapAsync(parse.GetValue(bootstrap), parse.GetValue(bootstrapUrl), rdap, config.Error, cancel),
                rdap, new TcpWhoisTransport(TimeSpan.FromSeconds(seconds), TimeProvider.System), parse.GetValue(whois));
            var investigator = new Investigator(resolver, () => Fetcher(true), pool, registrations, TimeProvider.System);
            var report = await investigator.InvestigateAsync(suspect, MatchOf(list, suspect), Target(list, genuinePages), cancel);
            foreach (var error in investigator.GenuinePageErrors)
            {
                await config.Error.WriteLineAsync($"vigie: {error}");
            }

            var store = new EvidenceStore(parse.GetValue(evidence) ?? DataPath("evidence"), TimeProvider.System);
            var manifest = await InvestigationEvidence.SaveAsync(store, report, cancel);
            var json = InvestigateJsonMapper.Map(report, manifest);
            if (parse.GetValue(format) == "json")
            {
                await config.Output.WriteLineAsync(JsonSerializer.Serialize(json, InvestigateJsonContext.Default.InvestigateJson));
            }
            else
            {
                await InvestigateTextWriter.WriteAsync(config.Output, json);
            }

            return report.Assessment.Verdict is Verdict.Phishing or Verdict.Suspicious ? ExitCodes.Found : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The user's data directory: $XDG_DATA_HOME, else ~/.local/share (what .NET maps LocalApplicationData to on Linux).</summary>
    internal static string DataPath(string name) =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "vigie", name);

    private static Core.Matching.Match? MatchOf(Watchlist list, DomainName suspect)
    {
        if (list.Domains.Count + list.Brands.Count == 0)
        {
            return null;
        }

        Matcher.Build(list, MatcherOptions.Default with { MinScore = 0 }).TryMatch(suspect.Ascii, out var match);
        return match;
    }

    private static InvestigationTarget Target(Watchlist list, List<Uri> genuinePages)
    {
        var hosts = list.Domains.Concat(list.Subdomains).Concat(genuinePages.Select(u => u.Host)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var brands = list.Brands.Append(list.Organisation)
            .Concat(list.Domains.Select(d => DomainName.Parse(d).Label))
            .Where(b => b.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new InvestigationTarget(new PageContext(brands, hosts), [.. genuinePages.Distinct()]);
    }

    private static async Task<RdapBootstrap?> LoadBootstrapAsync(string? path, string? url, IRdapTransport transport, TextWriter error, CancellationToken cancel)
    {
        var file = path ?? DataPath(Path.Combine("rdap", "dns.json"));
        try
        {
            if (url is not null && (!File.Exists(file) || File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddDays(-1)))
            {
                return await RdapBootstrapFile.RefreshAsync(ParseUrl(url), file, transport, cancel);
            }

            return await RdapBootstrapFile.LoadAsync(file, cancel);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or FormatException or JsonException or TaskCanceledException && !cancel.IsCancellationRequested)
        {
            await error.WriteLineAsync($"vigie: RDAP bootstrap {file}: {e.Message}; registration data only from WHOIS");
            return null;
        }
    }

    private static Watchlist LoadWatchlist(string[] domains, FileInfo? file)
    {
        try
        {
            var fromFile = file is null ? Watchlist.Empty : WatchlistLoader.Load(file.FullName);
            var fromArgs = WatchlistLoader.FromDomains(domains);
            return fromFile with
            {
                Domains = [.. fromFile.Domains.Union(fromArgs.Domains)],
                Subdomains = [.. fromFile.Subdomains.Union(fromArgs.Subdomains)],
            };
        }
        catch (WatchlistException e)
        {
            throw new UsageException(e.Message);
        }
        catch (DomainNameException e)
        {
            throw new UsageException($"--watch: {e.Message}");
        }
    }

    private static DomainName ParseDomain(string text)
    {
        try
        {
            return DomainName.Parse(text);
        }
        catch (DomainNameException e)
        {
            throw new UsageException($"DOMAIN: {e.Message}");
        }
    }

    private static Uri ParseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new UsageException($"'{text}' is not an http(s) URL");
}
