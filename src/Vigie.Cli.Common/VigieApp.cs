using System.CommandLine;

namespace Vigie.Cli;

/// <summary>
/// The `vigie` command line (and `vigie-serve`'s, with its own commands): builds the command tree, turns parse errors
/// into one line and exit code 2, and maps an unexpected failure to one line and exit code 3 (README, "Exit codes").
/// </summary>
internal static class VigieApp
{
    public static async Task<int> RunAsync(IReadOnlyList<CommandEntry> catalog, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Vigie: find and investigate the domains that imitate yours.");
        // A run that names a command builds that one alone; help, --version and a mistyped name see them all.
        var named = catalog.Where(entry => args.Length > 0 && entry.Name == args[0]).ToList();
        foreach (var entry in named.Count > 0 ? named : catalog)
        {
            root.Subcommands.Add(entry.Create());
        }

        var parse = root.Parse(args);
        if (parse.CommandResult.Command is ForwardedCommand forwarded)
        {
            // Before the errors and the help: the other executable parses these arguments with its own options.
            return await forwarded.RunAsync(args, stderr);
        }

        if (parse.Errors.Count > 0)
        {
            // Some parser messages list choices on several lines; the interface promises one line (README, "Exit codes").
            var message = string.Join(' ', parse.Errors[0].Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            await stderr.WriteLineAsync($"vigie: {message} (see 'vigie --help')");
            return ExitCodes.BadInput;
        }

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM,
            ctx =>
            {
                ctx.Cancel = true;
                cancel.Cancel();
            });
        try
        {
            var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(config, cancel.Token);
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"vigie: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("vigie: interrupted");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"vigie: {e.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
