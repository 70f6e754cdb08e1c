using System.CommandLine;
using System.Data.Common;
using System.Text.Json;
using Vigie.Cli.Scan;
using Vigie.Cli.Watchlists;
using Vigie.Core.Domains;
using Vigie.Core.Scoring;
using Vigie.Enrichment.Dns;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Investigations;
using Vigie.Storage.Migrations;

namespace Vigie.Cli.Investigate;

/// <summary>`vigie investigate`: DNS, registration, web page, screenshot, clone comparison and verdict for one domain (README.md, "vigie investigate").</summary>
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
        var db = new Option<string?>("--db") { Description = "Where the investigation is kept as observations of its finding: SQLite file or PostgreSQL connection string (Host=...); default: $XDG_DATA_HOME/vigie/vigie.db." };
        var command = new Command("investigate", ToolsHost.InvestigateDescription)
        {
            domain, watchlist, watch, genuine, nameservers, allowLoopback, format, evidence, noScreenshot, fullPage, timeout, bootstrap, bootstrapUrl, whois, db,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var config = parse.InvocationConfiguration;
            var suspect = ParseDomain(parse.GetValue(domain)!);
            var genuinePages = (parse.GetValue(genuine) ?? []).Select(ParseUrl).ToList();
            var list = WatchlistArguments.Load(parse.GetValue(watch) ?? [], parse.GetValue(watchlist));
            genuinePages.AddRange(list.LoginPages.Select(ParseUrl));
            var servers = parse.GetValue(nameservers) is { Length: > 0 } given ? [.. given.Select(NameServers.Parse)] : ResolvConf.Read();
            if (servers.Count == 0)
            {
                throw new UsageException("no name server in /etc/resolv.conf: give one with --nameserver IP[:PORT]");
            }

            var seconds = parse.GetValue(timeout) is var t and > 0 ? t : throw new UsageException("--timeout: give a number of seconds above 0");
            var settings = new InvestigationSettings(list, genuinePages, servers, parse.GetValue(allowLoopback), seconds,
                Screenshots: !parse.GetValue(noScreenshot), parse.GetValue(fullPage), parse.GetValue(evidence) ?? DataPaths.In("evidence"),
                parse.GetValue(bootstrap) ?? DataPaths.RdapBootstrap, parse.GetValue(bootstrapUrl) is { } url ? ParseUrl(url) : null, parse.GetValue(whois));
            await using var session = await InvestigationSession.OpenAsync(settings, config.Error, TimeProvider.System, cancel);
            var result = await session.InvestigateAsync(suspect, cancel);
            var (report, json) = (result.Report, result.Json);
            foreach (var error in session.TakeGenuinePageErrors())
            {
                await config.Error.WriteLineAsync($"vigie: {error}");
            }

            if (parse.GetValue(format) == "json")
            {
                await config.Output.WriteLineAsync(JsonSerializer.Serialize(json, InvestigateJsonContext.Default.InvestigateJson));
            }
            else
            {
                await InvestigateTextWriter.WriteAsync(config.Output, json);
            }

            var location = parse.GetValue(db) ?? DataPaths.Database;
            try
            {
                await using var database = VigieDatabase.Open(location);
                await Migrator.MigrateAsync(database, CancellationToken.None);
                var organisations = await InvestigationOrganisations.ResolveAsync(database, parse.GetValue(watchlist), list, parse.GetValue(watch) ?? [], report.Domain, CancellationToken.None);
                var store = new FindingsStore(database, TimeProvider.System);
                foreach (var organisation in organisations)
                {
                    await InvestigationFindings.SaveAsync(store, organisation, result, CancellationToken.None);
                }

                if (organisations.Count == 0)
                {
                    await config.Error.WriteLineAsync($"vigie: {report.Domain} is not a finding of any organisation in the database: give --watchlist or --watch to file it");
                }
            }
            catch (DbException e)
            {
                await config.Error.WriteLineAsync($"vigie: database {(VigieDatabase.IsPostgres(location) ? "PostgreSQL" : location)}: {e.Message}");
                return ExitCodes.Failure;
            }

            return report.Assessment.Verdict is Verdict.Phishing or Verdict.Suspicious ? ExitCodes.Found : ExitCodes.Success;
        });
        return command;
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

    internal static Uri ParseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new UsageException($"'{text}' is not an http(s) URL");
}
