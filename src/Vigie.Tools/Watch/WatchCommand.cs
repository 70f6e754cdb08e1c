using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Vigie.Cli.Watchlists;
using Vigie.Core.Matching;
using Vigie.Sources.CertificateTransparency;
using Vigie.Sources.Http;
using Vigie.Storage.CertificateTransparency;
using Vigie.Storage.Database;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;

namespace Vigie.Cli.Watch;

/// <summary>`vigie watch`: follow CT logs (and NRD lists), match every name against the watchlist, store and print new lookalikes (README.md, "vigie watch").</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var watchlist = new Option<FileInfo>("--watchlist") { Description = "The watchlist (YAML or JSON, docs/watchlist.md).", Required = true };
        var ct = new Option<bool>("--ct") { Description = "Follow every usable or qualified log of Google's and Apple's lists, both kinds." };
        var ctLog = new Option<string[]>("--ct-log") { Description = "Follow this log (its URL prefix); repeatable. A log not in the lists must serve log.v3.json.", AllowMultipleArgumentsPerToken = false };
        var db = new Option<string?>("--db") { Description = "SQLite file, or a PostgreSQL connection string (Host=...); default: $XDG_DATA_HOME/vigie/vigie.db." };
        var from = new Option<string?>("--from") { Description = "Start every CT log at this entry INDEX, or at the first entry logged at or after TIME (ISO 8601, UTC unless an offset is given), instead of the saved position (backfill)." };
        var poll = new Option<double>("--poll") { Description = "Seconds between tree head polls once caught up (default 2).", DefaultValueFactory = _ => 2 };
        var rate = new Option<double>("--rate") { Description = "Requests per second to each log, all ranges together (default 8).", DefaultValueFactory = _ => 8 };
        var retries = new Option<int>("--retries") { Description = "Retries of a failed request (429, 5xx, network, unreadable answer) before the round gives up (default 5).", DefaultValueFactory = _ => 5 };
        var statusEvery = new Option<double>("--status-every") { Description = "Seconds between status lines on stderr (default 10).", DefaultValueFactory = _ => 10 };
        var offline = new Option<bool>("--offline") { Description = "With --ct: use the log lists bundled with Vigie instead of fetching the current ones." };
        var nrd = new Option<string[]>("--nrd") { Description = "A newly-registered-domain list to match (FILE or http(s) URL, gzip allowed, one domain per line or CSV); repeatable; read again hourly.", AllowMultipleArgumentsPerToken = false };
        var namesTiles = new Option<bool>("--names-tiles") { Description = "Read tiled logs' names tiles where offered (a tenth of the bytes; entries then not checked against hash tiles)." };
        var once = new Option<bool>("--once") { Description = "Stop once every log has been read up to its current tree head (for cron, or a backfill)." };
        var command = new Command("watch", ToolsHost.WatchDescription)
        {
            watchlist, ct, ctLog, nrd, db, from, poll, rate, retries, statusEvery, offline, namesTiles, once,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var config = parse.InvocationConfiguration;
            var watched = WatchlistArguments.Load([], parse.GetValue(watchlist)!);
            var matcher = Matcher.Build(watched, MatcherOptions.Default);
            var urls = (parse.GetValue(ctLog) ?? []).Select(ParseUrl).ToList();
            var start = ParseFrom(parse.GetValue(from));
            var lists = parse.GetValue(nrd) ?? [];
            if (!parse.GetValue(ct) && urls.Count == 0 && lists.Length == 0)
            {
                throw new UsageException("nothing to watch: give --ct, --ct-log URL or --nrd URL|FILE");
            }

            foreach (var list in lists.Where(l => !l.StartsWith("http://", StringComparison.Ordinal) && !l.StartsWith("https://", StringComparison.Ordinal) && !File.Exists(l)))
            {
                throw new UsageException($"--nrd {list}: no such file");
            }

            var fetch = new CtFetchOptions
            {
                PollInterval = TimeSpan.FromSeconds(Positive(parse.GetValue(poll), "--poll")),
                RequestsPerSecond = Positive(parse.GetValue(rate), "--rate"),
                MaxAttempts = Attempts(parse.GetValue(retries)),
                StopWhenCaughtUp = parse.GetValue(once),
                UseNamesTiles = parse.GetValue(namesTiles),
            };
            using var client = HttpClientGetter.CreateClient(TimeSpan.FromSeconds(30));
            var http = new HttpClientGetter(client);
            void Warn(string message) => config.Error.WriteLine($"vigie: warning: {message}");
            var logs = await ChooseLogsAsync(parse.GetValue(ct), parse.GetValue(offline), urls, http, Warn, cancel);
            var sources = logs.Select(log => (IWatchSource)new CtWatchSource(log, http, fetch, Warn, start))
                .Concat(lists.Select(list => new NrdWatchSource(list, http, TimeSpan.FromHours(1), parse.GetValue(once), Warn)))
                .ToList();
            var location = parse.GetValue(db) ?? DataPaths.Database;
            try
            {
                await using var database = VigieDatabase.Open(location);
                await Migrator.MigrateAsync(database, cancel);
                var organisation = await OrganisationResolver.ForWatchlistAsync(database, watched, await File.ReadAllTextAsync(parse.GetValue(watchlist)!.FullName, cancel),
                    TimeProvider.System, cancel);
                var store = new WatchStore(database, organisation);
                await config.Error.WriteLineAsync($"watch: {matcher.TargetCount} targets, {logs.Count} CT logs, {lists.Length} NRD lists, database {location}");
                var runner = new WatchRunner(store, matcher, config.Output, config.Error,
                    TimeSpan.FromSeconds(Positive(parse.GetValue(statusEvery), "--status-every")), TimeProvider.System);
                await runner.RunAsync(sources, cancel);
                return ExitCodes.Success;
            }
            catch (DbException e)
            {
                await config.Error.WriteLineAsync($"vigie: database {location}: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (CtLogException e)
            {
                await config.Error.WriteLineAsync($"vigie: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static async Task<List<CtLog>> ChooseLogsAsync(bool all, bool offline, List<Uri> urls, IHttpGetter http, Action<string> warn, CancellationToken cancel)
    {
        try
        {
            return await LogSelection.ChooseAsync(all, offline, urls, http, warn, cancel);
        }
        catch (CtLogException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static Uri ParseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new UsageException($"--ct-log {text}: give the log's http(s) URL prefix");

    private static WatchStart? ParseFrom(string? text) => text switch
    {
        null => null,
        _ when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) => new WatchStart(index, null),
        _ when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) => new WatchStart(null, time),
        _ => throw new UsageException($"--from {text}: give an entry index (0 or more) or a time (2026-11-29T18:00:00Z)"),
    };

    private static int Attempts(int retries) =>
        retries >= 0 ? retries + 1 : throw new UsageException($"--retries {retries.ToString(CultureInfo.InvariantCulture)}: give 0 or more");

    private static double Positive(double value, string option) =>
        value > 0 ? value : throw new UsageException($"{option} {value.ToString(CultureInfo.InvariantCulture)}: give a number above 0");

}
