using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using MimeKit;
using Vigie.Exports;
using Vigie.Exports.Takedowns;
using Vigie.Mail;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Migrations;
using Vigie.Web.Hosting;

namespace Vigie.Cli.Takedown;

/// <summary>`vigie takedown DOMAIN`: the abuse report of a finding, drafted as an .eml with its evidence zip and recorded on the finding (README.md, "vigie takedown").</summary>
internal static class TakedownCommand
{
    public static Command Create()
    {
        var domain = new Argument<string>("DOMAIN") { Description = "The finding: the look-alike domain name." };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation whose finding it is (its slug), when several have it." };
        var language = new Option<string>("--lang") { Description = "en or fr.", DefaultValueFactory = _ => "en" };
        var output = new Option<string>("--output") { Description = "The folder to write the .eml draft to; default: the current folder.", DefaultValueFactory = _ => "." };
        var from = new Option<string?>("--from") { Description = "The sender address written in the draft (yours or your team's)." };
        var followUp = new Option<int>("--follow-up") { Description = "Days after which the request is due for a follow-up when the name still answers.", DefaultValueFactory = _ => 7 };
        var db = new Option<string?>("--db") { Description = "SQLite file, or a PostgreSQL connection string (Host=...); default: $XDG_DATA_HOME/vigie/vigie.db." };
        var evidence = new Option<string?>("--evidence") { Description = "Evidence folder; default: $XDG_DATA_HOME/vigie/evidence." };
        var send = new Option<bool>("--send") { Description = "Also send it by SMTP, one message per abuse contact, through the smtp: section of --config." };
        var configFile = new Option<FileInfo?>("--config") { Description = "The vigie serve configuration whose smtp: section --send uses.", HelpName = "FILE" };
        var rdap = new Option<string?>("--rdap-folder") { Description = "Folder of IANA's RDAP bootstrap files dns.json, ipv4.json and ipv6.json; default: $XDG_DATA_HOME/vigie/rdap." };
        var command = new Command("takedown", ServeHost.TakedownDescription)
        {
            domain, organisation, language, output, from, followUp, send, configFile, db, evidence, rdap,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var location = parse.GetValue(db) ?? DataPaths.Database;
            try
            {
                var lang = parse.GetValue(language)!.Trim().ToLowerInvariant();
                _ = TakedownTexts.For(lang);
                var sender = parse.GetValue(from) is { } text
                    ? MailboxAddress.TryParse(text, out var address) ? address : throw new UsageException($"--from: '{text}' is not an e-mail address")
                    : null;
                if (parse.GetValue(followUp) is < 1 or > 365)
                {
                    throw new UsageException($"--follow-up: {parse.GetValue(followUp)} is not a number of days from 1 to 365");
                }

                var smtp = parse.GetValue(send) ? Smtp(parse.GetValue(configFile)) : null;
                await using var database = VigieDatabase.Open(location);
                await Migrator.MigrateAsync(database, cancel);
                var store = new FindingsStore(database, TimeProvider.System);
                var (finding, owner) = await TakedownTarget.FindAsync(store, parse.GetValue(domain)!, parse.GetValue(organisation), cancel);
                using var transport = new Enrichment.Rdap.HttpRdapTransport(TimeSpan.FromSeconds(15));
                var contacts = await TakedownRdap.CreateAsync(parse.GetValue(rdap) ?? DataPaths.In("rdap"), transport, cancel);
                var drafter = new TakedownDrafter(store, new EvidenceStore(parse.GetValue(evidence) ?? DataPaths.In("evidence"), TimeProvider.System), contacts, TimeProvider.System);
                var draft = await drafter.DraftAsync(finding, owner, lang, sender, cancel);
                var folder = parse.GetValue(output)!;
                Directory.CreateDirectory(folder);
                var path = Path.Combine(folder, $"{finding.Name}-takedown-{DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}.eml");
                await draft.Message.WriteToAsync(path, cancel);
                var actor = new Actor($"vigie takedown ({Environment.UserName})");
                var delay = TimeSpan.FromDays(parse.GetValue(followUp));
                var sent = 0;
                if (smtp is not null && draft.Contacts.Count > 0)
                {
                    var report = await drafter.SendAsync(draft, new SmtpMailSender(smtp, TimeProvider.System), actor, delay, cancel);
                    await error.WriteLineAsync($"vigie: sent: {report.Summary()}");
                    sent = report.Delivered;
                }

                if (sent == 0)
                {
                    await drafter.RecordAsync(draft, sent: false, actor, delay, cancel);
                }

                foreach (var problem in draft.Problems)
                {
                    await error.WriteLineAsync($"vigie: {problem}");
                }

                await parse.InvocationConfiguration.Output.WriteLineAsync($"{path}: to {(draft.Contacts.Count == 0 ? "(no abuse contact found)" : string.Join(", ", draft.Contacts.Select(c => $"{c.Email} ({c.Role})")))}");
                return draft.Contacts.Count == 0 ? ExitCodes.Found
                    : smtp is not null && sent == 0 ? ExitCodes.Failure
                    : ExitCodes.Success;
            }
            catch (ExportException e)
            {
                throw new UsageException(e.Message);
            }
            catch (DbException e)
            {
                await error.WriteLineAsync($"vigie: database {(VigieDatabase.IsPostgres(location) ? "PostgreSQL" : location)}: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static SmtpSettings Smtp(FileInfo? file)
    {
        if (file is null)
        {
            throw new UsageException("--send needs --config FILE, the vigie serve configuration with an smtp: section");
        }

        try
        {
            return ServeConfigLoader.Load(file.FullName, Path.GetDirectoryName(DataPaths.Database)!).Smtp
                ?? throw new UsageException($"--send: {file.Name} has no smtp: section (README, \"E-mail\")");
        }
        catch (ServeConfigException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
