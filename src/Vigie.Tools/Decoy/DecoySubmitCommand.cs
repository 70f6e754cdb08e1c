using System.CommandLine;
using System.Globalization;
using Vigie.Decoys.Generation;
using Vigie.Decoys.Submission;

namespace Vigie.Cli.Decoy;

/// <summary>
/// `vigie decoy submit FINDING`: feeds a confirmed phishing page fresh decoys (README, "Decoys"). Ctrl+C or SIGTERM is
/// the kill switch: the wait or the request in flight stops at once, what was sent is already recorded.
/// </summary>
internal static class DecoySubmitCommand
{
    public static Command Create()
    {
        var finding = new Argument<long>("FINDING") { Description = "The finding (id, as the dashboard and 'vigie decoy list' show it); it must be confirmed phishing." };
        var count = new Option<int>("--count") { Description = "How many decoys to send.", DefaultValueFactory = _ => 5 };
        var dryRun = new Option<bool>("--dry-run") { Description = "Open the page and show exactly what would be posted; post nothing, store nothing." };
        var url = new Option<Uri?>("--url") { Description = "The phishing page's address; default: https://FINDING-NAME/." };
        var domain = new Option<string?>("--domain") { Description = "The decoys' mail domain; default: the domain the finding imitates." };
        var pattern = DecoyOptions.Pattern();
        var language = DecoyOptions.Language();
        var spacing = new Option<double>("--spacing") { Description = "Seconds between two decoys, before jitter.", DefaultValueFactory = _ => 600 };
        var jitter = new Option<double>("--jitter") { Description = "Each wait is the spacing ± this fraction of it (0 to 1).", DefaultValueFactory = _ => 0.5 };
        var perHour = new Option<int>("--max-per-hour") { Description = "Never more decoys than this in an hour (0: no cap).", DefaultValueFactory = _ => 20 };
        var proxy = new Option<Uri?>("--proxy") { Description = "Send through this HTTP proxy (http://host:port)." };
        var allowLoopback = new Option<bool>("--allow-loopback") { Description = "Allow 127.0.0.0/8 and ::1 (a local lab); private, link-local and metadata addresses stay refused." };
        var db = DecoyOptions.Db();
        var command = new Command("submit", "Send decoy logins to a confirmed phishing page, spread over time; each submission goes to the finding's timeline.")
        {
            finding, count, dryRun, url, domain, pattern, language, spacing, jitter, perHour, proxy, allowLoopback, db,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var settings = new SubmissionSettings
            {
                Count = parse.GetValue(count) is >= 1 and <= 1000 and var n ? n : throw new UsageException("--count: from 1 to 1000"),
                Spacing = TimeSpan.FromSeconds(parse.GetValue(spacing) is >= 0 and var s ? s : throw new UsageException("--spacing: 0 or more seconds")),
                Jitter = parse.GetValue(jitter) is >= 0 and <= 1 and var j ? j : throw new UsageException("--jitter: from 0 to 1"),
                MaxPerHour = parse.GetValue(perHour) is >= 0 and var h ? h : throw new UsageException("--max-per-hour: 0 or more"),
                Proxy = parse.GetValue(proxy) is { } p && (p.Scheme == Uri.UriSchemeHttp || p.Scheme == Uri.UriSchemeHttps) ? p
                    : parse.GetValue(proxy) is null ? null : throw new UsageException("--proxy: an http:// address"),
                AllowLoopback = parse.GetValue(allowLoopback),
                Language = DecoyOptions.Language(parse.GetValue(language)!),
            };
            AddressPattern addresses;
            try
            {
                addresses = AddressPattern.Parse(parse.GetValue(pattern)!);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }

            var (database, store) = await DecoyOptions.OpenAsync(parse.GetValue(db), cancel);
            await using (database)
            {
                var id = parse.GetValue(finding);
                var found = await store.Findings.GetAsync(id, cancel) ?? throw new UsageException($"no finding {id}");
                var page = parse.GetValue(url) ?? new Uri($"https://{found.Name}/");
                if (page.Scheme != Uri.UriSchemeHttp && page.Scheme != Uri.UriSchemeHttps)
                {
                    throw new UsageException($"--url: '{page}' is not an http(s) address");
                }

                var stdout = parse.InvocationConfiguration.Output;
                var plan = new SubmissionPlan(found.Id, page, parse.GetValue(domain) ?? found.Target, settings.Count, parse.GetValue(dryRun), "vigie decoy submit");
                var submitter = new DecoySubmitter(store.Decoys, store.Findings, settings, TimeProvider.System);
                try
                {
                    var results = await submitter.RunAsync(plan, addresses, async result =>
                    {
                        await stdout.WriteLineAsync($"{result.Username}: {result.Status}");
                        if (result.DryRun)
                        {
                            foreach (var step in result.Steps)
                            {
                                var fields = string.Join('&', step.Fields.Select(f => $"{f.Key}={f.Value}"));
                                await stdout.WriteLineAsync($"  {step.Method} {step.Url}{(fields.Length > 0 ? " " + fields : "")}{(step.Status is { } code ? $" -> {code.ToString(CultureInfo.InvariantCulture)}" : " (not sent)")}");
                            }
                        }
                    }, cancel);
                    return results.All(r => r.Error is null) ? ExitCodes.Success : ExitCodes.Failure;
                }
                catch (ArgumentException e)
                {
                    throw new UsageException(e.Message);
                }
            }
        });
        return command;
    }
}
