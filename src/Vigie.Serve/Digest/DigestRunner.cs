using System.Globalization;
using Vigie.Mail;
using Vigie.Storage;
using Vigie.Storage.Database;
using Vigie.Storage.Evidence;
using Vigie.Storage.Migrations;
using Vigie.Storage.Organisations;
using Vigie.Web.Digest;

namespace Vigie.Cli.Digest;

/// <summary>
/// Runs `vigie digest`: for each organisation asked for, the period's digest built from the store, written as a preview
/// and/or sent; one line per organisation on stdout, failed recipients in one line on stderr (exit 3).
/// </summary>
internal static class DigestRunner
{
    public static async Task<int> RunAsync(DigestRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var config = request.Config;
        if (request.Send && config.Smtp is null)
        {
            throw new UsageException("--send: the configuration has no smtp: section (README, \"E-mail\"); give it with --config");
        }

        foreach (var address in request.To)
        {
            if (!MimeKit.MailboxAddress.TryParse(address, out var parsed) || !parsed.Address.Contains('@', StringComparison.Ordinal))
            {
                throw new UsageException($"--to: '{address}' is not an e-mail address");
            }
        }

        await using var database = VigieDatabase.Open(config.Database);
        await Migrator.MigrateAsync(database, cancellationToken);
        var time = TimeProvider.System;
        var store = new FindingsStore(database, time);
        var service = new DigestService(new DigestLoader(store.Findings, store.Observations, new EvidenceStore(config.EvidenceFolder, time)),
            config.Digest, config.Smtp, config.PublicUrl, time);
        var organisations = await ChooseAsync(request, store.Organisations, config.Digest, cancellationToken);
        var status = ExitCodes.Success;
        foreach (var organisation in organisations)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone);
            var period = Period(request, time.GetUtcNow(), zone);
            var build = await service.BuildAsync(organisation, period, request.Language, cancellationToken);
            if (build.Warning is { } warning)
            {
                await error.WriteLineAsync($"vigie: {organisation.Slug}: {warning}");
            }

            var content = build.Content;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{organisation.Slug}: {content.Entries.Count} finding(s) from {period.FirstDay(zone):yyyy-MM-dd} to {period.LastDay(zone):yyyy-MM-dd}, {content.Entries.Count(e => e.Fake is not null)} with pictures, {DigestMessageBuilder.Measure(build.Body) / 1024} KiB ({content.Language})");
            if (request.Preview is { } preview)
            {
                await File.WriteAllTextAsync(preview, DigestService.PreviewHtml(content), cancellationToken);
                line += $"; preview in {preview}";
            }

            if (request.Send)
            {
                var to = request.To.Count > 0 ? request.To : config.Digest.PlanFor(organisation.Slug).To;
                if (to.Count == 0)
                {
                    throw new UsageException($"--send: no recipient for {organisation.Slug}: give --to, or digest: organisations: {organisation.Slug}: to: in the configuration");
                }

                var report = await service.SendAsync(build, to, new SmtpMailSender(config.Smtp!, time, new Progress<MailRetry>(r =>
                    error.WriteLine($"vigie: {r.Recipient}: attempt {r.Attempt} failed ({r.Error}); again in {r.Delay.TotalSeconds:0} s"))), cancellationToken);
                line += report is null ? "; nothing found and digest: empty: skip, so nothing sent" : "; " + report.Summary();
                if (report is { Failed.Count: > 0 })
                {
                    await error.WriteLineAsync($"vigie: {organisation.Slug}: {report.Summary()}");
                    status = ExitCodes.Failure;
                }
            }

            await output.WriteLineAsync(line);
        }

        return status;
    }

    private static async Task<IReadOnlyList<Organisation>> ChooseAsync(DigestRequest request, IOrganisationRepository repository, DigestSettings settings, CancellationToken cancellationToken)
    {
        var all = await repository.ListAsync(cancellationToken);
        if (request.Organisation is { } wanted)
        {
            return [all.FirstOrDefault(o => o.Slug == wanted) ?? all.FirstOrDefault(o => string.Equals(o.Name, wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"--organisation: no organisation '{wanted}' (known: {Known(all)})")];
        }

        if (request.To.Count > 0 || request.Preview is not null)
        {
            return all.Count == 1 ? all : throw new UsageException(all.Count == 0 ? "no organisation in the store yet" : $"name the organisation with --organisation ({Known(all)})");
        }

        var configured = all.Where(o => settings.PlanFor(o.Slug).To.Count > 0).ToList();
        return configured.Count > 0 ? configured
            : throw new UsageException("no organisation has recipients in the configuration's digest: organisations: section; name one with --organisation and --to");
    }

    private static DigestPeriod Period(DigestRequest request, DateTimeOffset now, TimeZoneInfo zone)
    {
        try
        {
            return request.Week is { } week ? DigestPeriod.Week(week, zone)
                : request.Since is { } since ? DigestPeriod.Between(since, request.Until, now, zone)
                : DigestPeriod.LastWeek(now, zone);
        }
        catch (FormatException e)
        {
            throw new UsageException(request.Week is null ? e.Message : "--week: " + e.Message);
        }
    }

    private static string Known(IReadOnlyList<Organisation> all) => all.Count == 0 ? "none" : string.Join(", ", all.Select(o => o.Slug));
}
