using System.CommandLine;
using Vigie.Decoys.Detection;

namespace Vigie.Cli.Decoy;

/// <summary>
/// `vigie decoy watch FILE…`: follows sign-in logs (growing, rotated) and prints an alert line for every use of a
/// decoy, which also goes to the finding's timeline. With --once it reads what is there and exits 1 when a decoy was used.
/// </summary>
internal static class DecoyWatchCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Sign-in log files to follow.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = $"The logs' format: {string.Join(", ", LogFormats.Names)}.", DefaultValueFactory = _ => "entra" };
        var fields = new Option<string?>("--fields") { Description = "jsonl, csv: which fields hold what, e.g. user=actor.login,ip=client.ip,time=ts,ua=agent,outcome=result,id=uuid." };
        var patterns = new Option<string[]>("--pattern") { Description = "syslog: a regular expression naming (?<user>…) and (?<ip>…); repeatable; default: sshd, Dovecot, Roundcube, Nextcloud." };
        var once = new Option<bool>("--once") { Description = "Read what the files hold now, then exit (1 when a decoy was used, 0 when not)." };
        var db = DecoyOptions.Db();
        var command = new Command("watch", "Follow sign-in logs and raise an alert whenever a decoy is tried.") { files, format, fields, patterns, once, db };
        command.SetAction(async (parse, cancel) =>
        {
            DetectorSettings detector;
            try
            {
                detector = new DetectorSettings(LogFormats.Parse(parse.GetValue(format)!), parse.GetValue(files)!, parse.GetValue(fields) is { } f ? FieldMapping.Parse(f) : null,
                    [.. (parse.GetValue(patterns) ?? []).Select(SignInParsers.Pattern)]);
            }
            catch (ArgumentException e)
            {
                throw new UsageException("--" + e.Message);
            }

            var missing = detector.Paths.FirstOrDefault(p => !File.Exists(p));
            if (missing is not null && parse.GetValue(once))
            {
                throw new UsageException($"{missing}: no such file");
            }

            var (database, store) = await DecoyOptions.OpenAsync(parse.GetValue(db), cancel);
            await using (database)
            {
                var followers = detector.Followers(TimeProvider.System).ToList();
                try
                {
                    var recorder = new DecoyUseRecorder(store.Decoys, store.Findings, TimeProvider.System);
                    var watch = new DecoyWatch(store.Decoys, recorder, TimeProvider.System);
                    var stdout = parse.InvocationConfiguration.Output;
                    var alerts = 0;
                    async Task Print(DecoyAlert alert)
                    {
                        alerts++;
                        await stdout.WriteLineAsync("vigie: " + alert.Line);
                        await stdout.FlushAsync(cancel);
                    }

                    if (parse.GetValue(once))
                    {
                        await watch.OnceAsync(followers, new DecoyIndex(await store.Decoys.ListAsync(null, cancel)), Print, cancel);
                        return alerts > 0 ? ExitCodes.Found : ExitCodes.Success;
                    }

                    await watch.RunAsync(followers, Print, cancel);
                    return ExitCodes.Success;
                }
                finally
                {
                    followers.ForEach(f => f.Dispose());
                }
            }
        });
        return command;
    }
}
