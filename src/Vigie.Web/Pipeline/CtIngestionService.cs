using Microsoft.Extensions.Hosting;
using Vigie.Sources.CertificateTransparency;
using Vigie.Sources.Http;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Web.Hosting;

namespace Vigie.Web.Pipeline;

/// <summary>
/// CT ingestion in `vigie serve`: every usable or qualified log of the lists and/or the logs given by URL, each
/// followed on its own task from its stored position (<see cref="CtLogIngestion"/>). A log given by URL that cannot be
/// described yet is tried again with back-off without holding up the others. On PostgreSQL, where several ingest
/// workers may run (README, "Running on several machines"), each log is followed by the one worker holding its advisory
/// lock (<see cref="LockedWork"/>); the others stand by and take it over, from the stored position, when that worker dies
/// and its session ends. A holder whose session ended while it lives stops following before its next commit and stands
/// by in turn, so two workers never commit the same log at once.
/// </summary>
internal sealed class CtIngestionService(CtSettings settings, PipelineContext context, VigieDatabase database) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var client = HttpClientGetter.CreateClient(TimeSpan.FromSeconds(30));
        var http = new HttpClientGetter(client);
        var saved = (await context.Sources.ListAsync(stoppingToken))
            .Where(s => s.Kind == SourceKind.Ct && s.LastSuccessAt is not null)
            .ToDictionary(s => s.SourceId, s => s.Position, StringComparer.Ordinal);
        var known = await LogSelection.KnownAsync(settings.AllListedLogs, settings.OfflineLists, settings.LogUrls, http,
            message => context.Workers.Report(new WorkerStatus("ct log lists", "warning", null, message, context.Time.GetUtcNow(), null)), stoppingToken);
        var listed = settings.AllListedLogs ? known.Where(l => l.IsActive).ToList() : [];
        var following = listed.Select(log => Follow(log, http, saved, stoppingToken))
            .Concat(settings.LogUrls.Select(url => DescribeThenFollowAsync(url, known, listed, http, saved, stoppingToken)));
        try
        {
            await Task.WhenAll(following);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // SIGTERM: every log stopped between two transactions.
        }
    }

    private Task Follow(CtLog log, IHttpGetter http, Dictionary<string, long> saved, CancellationToken cancel) => database.Kind == DatabaseKind.Postgres
        ? FollowAloneAsync(log, http, cancel)
        : new CtLogIngestion(log, http, settings, context).RunAsync(saved.TryGetValue(log.SourceId, out var position) ? position : null, cancel);

    private Task FollowAloneAsync(CtLog log, IHttpGetter http, CancellationToken cancel) =>
        new LockedWork(database, context, "ct-" + log.SourceId, "ct " + log.Name, "standby: another ingest worker follows it",
            $"log {log.Name}: this ingest worker lost its database session, and the log's lock with it; it stopped following and takes the log again when free",
            settings.MaxBackoff).RunAsync(async watch =>
        {
            // The position is read once the lock is ours: the previous holder may have stored batches since our start.
            var stored = (await context.Sources.ListAsync(watch.Token)).FirstOrDefault(s => s.SourceId == log.SourceId && s.LastSuccessAt is not null);
            await new CtLogIngestion(log, http, settings, context, watch.EnsureHeldAsync).RunAsync(stored?.Position, watch.Token);
        }, message => context.Sources.ReportErrorAsync(log.SourceId, SourceKind.Ct, log.Name, message, null, cancel), cancel);

    private async Task DescribeThenFollowAsync(Uri url, List<CtLog> known, List<CtLog> listed, IHttpGetter http, Dictionary<string, long> saved, CancellationToken cancel)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                var log = await CtFollowers.DescribeAsync(url, known, http, cancel);
                if (listed.All(l => l.LogId != log.LogId))
                {
                    await Follow(log, http, saved, cancel);
                }

                return;
            }
            catch (CtLogException e)
            {
                var wait = PipelineBackoff.Delay(failures, settings.MaxBackoff);
                context.Workers.Report(new WorkerStatus("ct " + url, "failing", null, e.Message, context.Time.GetUtcNow(), context.Time.GetUtcNow() + wait));
                await Task.Delay(wait, context.Time, cancel);
            }
        }
    }
}
