using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Vigie.Cli.Investigate;
using Vigie.Cli.Permute;
using Vigie.Core.Permutations;
using Vigie.Core.Watchlists;
using Vigie.Enrichment.Dns;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Investigations;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.Storage.Scans;

namespace Vigie.Cli.Scan;

/// <summary>`vigie scan`: sweep names in DNS, tell registrations from wildcards and failures, remember them, report changes (README.md, "vigie scan").</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var domain = new Argument<string>("DOMAIN") { Description = "The domain whose lookalikes to sweep (the key of its memory in the database)." };
        var fuzzers = new Option<string?>("--fuzzers") { Description = "Only these permutation techniques, comma-separated (see 'vigie permute --help').", HelpName = "a,b,..." };
        var subdomains = new Option<string?>("--subdomains") { Description = "Known subdomains, comma-separated (onedrive,mail): flattened with a hyphen and stacked with typos.", HelpName = "s1,s2,..." };
        var keywords = new Option<FileInfo?>("--keywords") { Description = "File of extra service words for combosquatting, one a line.", HelpName = "FILE" };
        var dictionary = new Option<FileInfo?>("--dictionary") { Description = "File of words for the dictionary technique, instead of the built-in ones.", HelpName = "FILE" };
        var tlds = new Option<FileInfo?>("--tld") { Description = "File of TLDs for tld-swap, instead of the built-in ones.", HelpName = "FILE" };
        var names = new Option<string?>("--names") { Description = "Sweep the names of this file (one a line, '-' for standard input) instead of generated permutations." };
        var nameservers = new Option<string[]>("--nameserver") { Description = "Recursive server IP[:PORT] (repeatable); default: /etc/resolv.conf.", Arity = ArgumentArity.ZeroOrMore };
        var concurrency = new Option<int>("--concurrency") { Description = "Names resolved at once.", DefaultValueFactory = _ => 64 };
        var timeout = new Option<int>("--timeout") { Description = "Milliseconds to wait for one answer before retrying.", DefaultValueFactory = _ => 2000 };
        var retries = new Option<int>("--retries") { Description = "Extra attempts after a timeout, SERVFAIL or REFUSED.", DefaultValueFactory = _ => 2 };
        var rate = new Option<double?>("--rate") { Description = "Queries per second per server (0: no limit); default: no limit on loopback, 1500 otherwise." };
        var registered = new Option<bool>("--registered") { Description = "Print only the registered names." };
        var format = new Option<string?>("--format") { Description = "Output: table, csv or json; default: table on a terminal, csv when piped." };
        var db = new Option<string?>("--db") { Description = "SQLite file, or a PostgreSQL connection string (Host=...); default: $XDG_DATA_HOME/vigie/vigie.db." };
        var newOnly = new Option<bool>("--new-only") { Description = "Print only the changes since the previous run; exit code 1 when there are some, 0 when none." };
        var investigate = new Option<bool>("--investigate") { Description = "Then investigate every registered name like 'vigie investigate' (page, screenshot, clone, verdict); exit code 1 if one is phishing or suspicious." };
        var genuine = new Option<string[]>("--genuine") { Description = "With --investigate: a genuine login page URL to compare with (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var allowLoopback = new Option<bool>("--allow-loopback") { Description = "With --investigate: allow fetching 127.0.0.0/8 and ::1 (a local lab)." };
        var evidence = new Option<string?>("--evidence") { Description = "With --investigate: evidence folder; default: $XDG_DATA_HOME/vigie/evidence." };
        var command = new Command("scan", ToolsHost.ScanDescription)
        {
            domain, fuzzers, subdomains, keywords, dictionary, tlds, names, nameservers, concurrency, timeout, retries, rate, registered, format, db, newOnly,
            investigate, genuine, allowLoopback, evidence,
        };
        command.SetAction(async (parse, cancel) =>
        {
            // Run socket completions on the event-loop thread instead of a thread-pool hop per datagram: the sweep's
            // continuations are short and never block, and this halved the system time of a 16,790-name sweep here
            // (bench/README.md, "scan"). Read once, when the process first uses an asynchronous socket: nothing has yet.
            Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
            var config = parse.InvocationConfiguration;
            var target = PermuteArguments.ParseDomain(parse.GetValue(domain)!);
            var servers = parse.GetValue(nameservers) is { Length: > 0 } given ? [.. given.Select(NameServers.Parse)] : ResolvConf.Read();
            if (servers.Count == 0)
            {
                throw new UsageException("no name server in /etc/resolv.conf: give one with --nameserver IP[:PORT]");
            }

            var settings = new DnsResolverOptions
            {
                Servers = servers,
                Timeout = TimeSpan.FromMilliseconds(Positive(parse.GetValue(timeout), "--timeout")),
                Retries = Positive(parse.GetValue(retries) + 1, "--retries") - 1,
                QueriesPerSecondPerServer = parse.GetValue(rate) is { } r and >= 0 ? r : parse.GetValue(rate) is null ? NameServerAddress.DefaultRate(servers) : throw new UsageException("--rate: give 0 (no limit) or more"),
            };
            var width = Positive(parse.GetValue(concurrency), "--concurrency");
            var writer = WriterFor(parse.GetValue(format) ?? (Console.IsOutputRedirected || !ReferenceEquals(config.Output, Console.Out) ? "csv" : "table"));
            var list = parse.GetValue(names) is { } file
                ? await ScanNames.ReadAsync(file, config.Error, cancel)
                : ScanTarget.Permutations(target, new PermutationOptions
                {
                    Fuzzers = parse.GetValue(fuzzers) is { } f ? PermuteArguments.ParseFuzzers(f) : null,
                    Subdomains = parse.GetValue(subdomains) is { } s ? PermuteArguments.ParseSubdomains(s) : [],
                    Keywords = parse.GetValue(keywords) is { } k ? WordFiles.ReadWords(k, "--keywords", allowHyphen: true) : [],
                    Dictionary = parse.GetValue(dictionary) is { } d ? WordFiles.ReadWords(d, "--dictionary", allowHyphen: false) : [],
                    Tlds = parse.GetValue(tlds) is { } t ? WordFiles.ReadTlds(t) : [],
                });
            var location = parse.GetValue(db) ?? DataPaths.Database;
            try
            {
                await using var database = VigieDatabase.Open(location);
                await Migrator.MigrateAsync(database, cancel);
                // Two sweeps of one domain into one database would interleave their states and changes.
                await using var scanning = await database.TryLockAsync("scan-" + target.Ascii, cancel);
                if (scanning is null)
                {
                    await config.Error.WriteLineAsync($"vigie: another scan of {target.Ascii} is running on database {Where(location)}; try again when it has ended");
                    return ExitCodes.Failure;
                }

                using var resolver = new DnsResolver(settings, TimeProvider.System);
                var organisation = await OrganisationResolver.ForDomainAsync(database, target.Ascii, TimeProvider.System, cancel);
                var store = new ScanStore(database, ScanFindings.For(organisation, target.Ascii, list, "vigie scan"));
                var runner = new ScanRunner(store, new DnsSweep(new NameProber(resolver, new WildcardDetector(resolver)), width, stopWhenSilent: true), TimeProvider.System);
                var report = ScanProgress.Enabled(config.Error)
                    ? await ScanProgress.RunAsync($"scan {target.Ascii}", progress => runner.RunAsync(target.Ascii, list, progress, cancel))
                    : await runner.RunAsync(target.Ascii, list, null, cancel);
                var rows = report.Rows.Where(row => (!parse.GetValue(registered) || row.Status == NameStatus.Registered)
                    && (!parse.GetValue(newOnly) || row.Change is not null)).ToList();
                // Rendered whole, then written at once: Console.Out flushes every line, one system call each.
                using var buffer = new StringWriter(CultureInfo.InvariantCulture);
                await writer.WriteAsync(buffer, rows, CancellationToken.None);
                await config.Output.WriteAsync(buffer.ToString());
                await config.Error.WriteLineAsync(Summary(target.Ascii, report, servers));
                var alarming = 0;
                if (parse.GetValue(investigate) && !report.Interrupted)
                {
                    var investigation = new InvestigationSettings(WatchlistLoader.FromDomains([target.Ascii]),
                        [.. (parse.GetValue(genuine) ?? []).Select(InvestigateCommand.ParseUrl)], servers, parse.GetValue(allowLoopback), TimeoutSeconds: 20,
                        Screenshots: true, FullPage: false, parse.GetValue(evidence) ?? DataPaths.In("evidence"), DataPaths.RdapBootstrap, null, null);
                    var registeredNames = report.Rows.Where(r => r.Status == NameStatus.Registered).Select(r => r.Name).ToList();
                    alarming = await ScanInvestigation.RunAsync(store, new FindingsStore(database, TimeProvider.System), organisation, target.Ascii, registeredNames, investigation,
                        parse.GetValue(format) == "json", config.Output, config.Error, cancel);
                }

                return report.StoppedBecause is not null ? ExitCodes.Failure
                    : report.Interrupted ? ExitCodes.Interrupted
                    : (parse.GetValue(newOnly) && report.Changes > 0) || alarming > 0 ? ExitCodes.Found
                    : ExitCodes.Success;
            }
            catch (DbException e)
            {
                await config.Error.WriteLineAsync($"vigie: database {Where(location)}: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    /// <summary>A connection string may hold a password: name the database kind, not the string.</summary>
    private static string Where(string location) => VigieDatabase.IsPostgres(location) ? "PostgreSQL" : location;

    private static int Positive(int value, string option) =>
        value > 0 ? value : throw new UsageException($"{option} {value}: give a number above {(option == "--retries" ? -1 : 0)}");

    private static IScanWriter WriterFor(string format) => format switch
    {
        "csv" => new ScanCsvWriter(),
        "json" => new ScanJsonWriter(),
        "table" => new ScanTableWriter(),
        _ => throw new UsageException($"--format {format}: give table, csv or json"),
    };


    private static string Summary(string target, ScanReport report, IReadOnlyList<System.Net.IPEndPoint> servers)
    {
        var counts = report.Rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        var rate = report.Elapsed.TotalSeconds > 0 ? report.CheckedNow / report.Elapsed.TotalSeconds : 0;
        var state = report.StoppedBecause is { } why
            ? $"stopped after {report.Rows.Count:N0} of {report.Total:N0} names: {why}; saved, the next run resumes"
            : report.Interrupted
            ? $"interrupted after {report.Rows.Count:N0} of {report.Total:N0} names; saved, the next run resumes"
            : $"{report.Rows.Count:N0} names";
        return string.Create(CultureInfo.InvariantCulture,
            $"vigie: scan {target} via {NameServers.Describe(servers)}: {state} ({report.CheckedNow:N0} resolved in {report.Elapsed.TotalSeconds:F1} s, {rate:N0} names/s){(report.Resumed ? ", resumed run " + report.RunId : "")}: "
            + $"{counts.GetValueOrDefault(NameStatus.Registered)} registered, {counts.GetValueOrDefault(NameStatus.Wildcard)} wildcard, {counts.GetValueOrDefault(NameStatus.Unknown)} unknown; {report.Changes} change(s)");
    }
}
