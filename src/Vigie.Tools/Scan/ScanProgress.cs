using Spectre.Console;

namespace Vigie.Cli.Scan;

/// <summary>
/// A progress bar with rate and ETA on stderr, only when stderr is a terminal: a pipe or a log file gets the
/// one-line summary alone, and stdout stays clean for the results.
/// </summary>
internal static class ScanProgress
{
    public static bool Enabled(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    public static async Task<T> RunAsync<T>(string description, Func<Action<int, int>?, Task<T>> work)
    {
        // Spectre judges interactivity by stdout, which is often a pipe here; stderr is known to be a terminal.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Interactive = InteractionSupport.Yes,
            Ansi = AnsiSupport.Detect,
        });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(description);
                return await work((done, total) =>
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Increment(done - task.Value);
                });
            });
    }
}
