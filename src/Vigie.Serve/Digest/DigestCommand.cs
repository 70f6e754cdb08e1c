using System.CommandLine;
using System.Globalization;
using Vigie.Cli.Serve;

namespace Vigie.Cli.Digest;

/// <summary>`vigie digest`: the weekly awareness digest of an organisation, previewed or sent (README.md, "vigie digest").</summary>
internal static class DigestCommand
{
    public static Command Create()
    {
        var configFile = new Option<FileInfo?>("--config") { Description = "The configuration of vigie serve (smtp:, digest:, db, evidence, public_url); default: none.", HelpName = "FILE" };
        var db = new Option<string?>("--db") { Description = "SQLite file, or a PostgreSQL connection string (Host=...); overrides the file's db." };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation (slug or name); default: every organisation with recipients in digest: organisations:.", HelpName = "NAME" };
        var week = new Option<string?>("--week") { Description = "An ISO week, e.g. 2026-W48, in the organisation's time zone; default: last week.", HelpName = "YYYY-Www" };
        var since = new Option<string?>("--since") { Description = "First day of the period (yyyy-mm-dd) instead of a week.", HelpName = "DATE" };
        var until = new Option<string?>("--until") { Description = "Last day of the period (yyyy-mm-dd, included); default: now.", HelpName = "DATE" };
        var language = new Option<string?>("--lang") { Description = "en or fr; default: the configured language.", HelpName = "LANG" };
        var preview = new Option<FileInfo?>("--preview") { Description = "Write the HTML (pictures inline) to FILE, for a browser.", HelpName = "FILE.html" };
        var send = new Option<bool>("--send") { Description = "Send it through the smtp: server, one message per recipient." };
        var to = new Option<string[]>("--to") { Description = "Recipients instead of the configured ones.", HelpName = "ADDR", AllowMultipleArgumentsPerToken = true };
        var command = new Command("digest", ServeHost.DigestDescription)
        {
            configFile, db, organisation, week, since, until, language, preview, send, to,
        };
        command.SetAction(async (parse, cancel) =>
        {
            if (parse.GetValue(week) is not null && parse.GetValue(since) is not null)
            {
                throw new UsageException("--week and --since: give one or the other");
            }

            if (parse.GetValue(until) is not null && parse.GetValue(since) is null)
            {
                throw new UsageException("--until needs --since");
            }

            var request = new DigestRequest(
                ServeCommand.Load(parse.GetValue(configFile), parse.GetValue(db), null),
                parse.GetValue(organisation),
                parse.GetValue(week),
                Date(parse.GetValue(since), "--since"),
                Date(parse.GetValue(until), "--until"),
                Language(parse.GetValue(language)),
                parse.GetValue(preview)?.FullName,
                parse.GetValue(send),
                parse.GetValue(to) ?? []);
            return await DigestRunner.RunAsync(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancel);
        });
        return command;
    }

    private static DateOnly? Date(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"{option}: '{text}' is not a date (yyyy-mm-dd)");

    private static string? Language(string? text) =>
        text is null or "en" or "fr" ? text : throw new UsageException($"--lang: '{text}' is not one of en, fr");
}
