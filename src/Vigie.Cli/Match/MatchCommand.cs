using System.CommandLine;
using Vigie.Cli.Watchlists;
using Vigie.Core.Matching;
using Vigie.Core.Watchlists;

namespace Vigie.Cli.Match;

/// <summary>`vigie match`: screen names (one a line) against a watchlist and print the imitations (README.md, "vigie match").</summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var watch = new Option<string[]>("--watch") { Description = "A domain to protect (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var watchlist = new Option<FileInfo?>("--watchlist") { Description = "A watchlist file, YAML or JSON (docs/watchlist.md)." };
        var input = new Option<string>("--input") { Description = "File of names, one a line, or '-' for standard input.", DefaultValueFactory = _ => "-" };
        var format = new Option<string>("--format") { Description = "Output: text, csv or jsonl.", DefaultValueFactory = _ => "text" };
        var minScore = new Option<int>("--min-score") { Description = "Report matches scoring at least this (0-100).", DefaultValueFactory = _ => MatcherOptions.DefaultMinScore };
        var noPopular = new Option<bool>("--no-popular-allowlist") { Description = "Also report look-alikes that are among the bundled popular domains." };
        var command = new Command("match", "Print the names that imitate the watched domains, with technique, score and explanation.")
        {
            watch, watchlist, input, format, minScore, noPopular,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var score = parse.GetValue(minScore);
            if (score is < 0 or > 100)
            {
                throw new UsageException($"--min-score {score}: give a number from 0 to 100");
            }

            var list = LoadWatchlist(parse.GetValue(watch) ?? [], parse.GetValue(watchlist));
            var matcher = Matcher.Build(list, new MatcherOptions(!parse.GetValue(noPopular), score));
            var writer = WriterFor(parse.GetValue(format)!);
            var config = parse.InvocationConfiguration;
            await using var source = OpenInput(parse.GetValue(input)!);
            // On this thread, not the thread pool's: starting the pool cost a one-name match three more threads and
            // about 90 sched_yield calls, 25.8 ms of CPU against 21.5 (bench/README.md, "startup", session 8). Ctrl+C
            // still reaches the runner through the token, which it checks as it reads.
            var counts = MatchRunner.Run(matcher, source, config.Output, writer, cancel);
            await config.Error.WriteLineAsync(counts.Summary());
            return ExitCodes.Success;
        });
        return command;
    }

    private static Watchlist LoadWatchlist(string[] domains, FileInfo? file)
    {
        if (domains.Length == 0 && file is null)
        {
            throw new UsageException("give the domains to protect with --watch DOMAIN or --watchlist FILE");
        }

        return WatchlistArguments.Load(domains, file);
    }

    private static IMatchWriter WriterFor(string format) => format switch
    {
        "text" => new TextMatchWriter(),
        "csv" => new CsvMatchWriter(),
        "jsonl" => new JsonlMatchWriter(),
        _ => throw new UsageException($"--format {format}: give text, csv or jsonl"),
    };

    private static Stream OpenInput(string path)
    {
        if (path == "-")
        {
            return Console.OpenStandardInput();
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"{path}: no such file");
        }
    }
}
