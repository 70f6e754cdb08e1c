using System.Globalization;
using Microsoft.Extensions.Logging;
using Vigie.Sources.CertificateTransparency;
using Vigie.Sources.Http;
using Vigie.Storage.Findings;
using Vigie.Storage.Sources;
using Vigie.Web.Hosting;

namespace Vigie.Web.Pipeline;

/// <summary>
/// One CT log followed for ever: each batch's names matched against every organisation's watchlist, and the
/// findings stored with the log's new position in one transaction (so a restart after kill -9 reads again exactly
/// the batch that was not stored). A failing log reports its error and backs off on its own task: it never holds
/// up another log. Followed under a lock (several ingest workers), each batch is committed only after
/// <c>beforeStore</c> has checked that the lock is still this worker's.
/// </summary>
internal sealed class CtLogIngestion(CtLog log, IHttpGetter http, CtSettings settings, PipelineContext context, Func<CancellationToken, Task>? beforeStore = null)
{
    private readonly string statusName = "ct " + log.Name;
    private Task reporting = Task.CompletedTask;
    private DateTimeOffset? lastSuccess;
    private string? lastError;
    private DateTimeOffset? lastErrorAt;

    public async Task RunAsync(long? saved, CancellationToken cancel)
    {
        long? position = saved ?? (settings.FromBeginning ? 0 : null);
        var options = new CtFetchOptions { PollInterval = settings.Poll, RequestsPerSecond = settings.RequestsPerSecond, MaxAttempts = settings.Retries + 1 };
        var failures = 0;
        Report("starting", null);
        while (true)
        {
            try
            {
                await CtFollowers.RunAsync(log, http, options, context.Time, message => Warn(message, cancel), position, async (batch, c) =>
                {
                    await StoreAsync(batch, c);
                    position = batch.Next;
                    failures = 0;
                }, cancel);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store refused (disk full, database down) or the log broke the follower: resume from the last stored position.
                var wait = PipelineBackoff.Delay(++failures, settings.MaxBackoff);
                Warn($"log {log.Name}: {e.Message}; again in {(int)wait.TotalSeconds} s", cancel, context.Time.GetUtcNow() + wait);
                await Task.Delay(wait, context.Time, cancel);
            }
        }
    }

    private async Task StoreAsync(CtBatch batch, CancellationToken cancel)
    {
        var now = context.Time.GetUtcNow();
        var reports = new List<FindingReport>();
        var organisations = await context.Matchers.CurrentAsync(cancel);
        foreach (var entry in batch.Entries)
        {
            foreach (var name in entry.Names)
            {
                MatchReports.Add(reports, organisations, name, SourceKind.Ct, string.Create(CultureInfo.InvariantCulture, $"{log.LogId}#{entry.Index}"), now);
            }
        }

        var progress = new SourceProgress(log.SourceId, SourceKind.Ct, log.Name, batch.Next, batch.TreeSize);
        if (beforeStore is not null)
        {
            await beforeStore(cancel);
        }

        await context.Findings.RecordAsync(reports, progress, cancel);
        lastSuccess = now;
        Report(batch.Next < batch.TreeSize ? "catching up" : "following", null);
    }

    private void Warn(string message, CancellationToken cancel, DateTimeOffset? next = null)
    {
        (lastError, lastErrorAt) = (message, context.Time.GetUtcNow());
        Report("failing", next);
        context.Logger.LogWarning("{Message}", message);
        // One write at a time, in order; a store that fails here already failed the batch, which reports it.
        reporting = reporting.ContinueWith(
            _ => context.Sources.ReportErrorAsync(log.SourceId, SourceKind.Ct, log.Name, message, next, cancel),
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap().ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private void Report(string state, DateTimeOffset? next) =>
        context.Workers.Report(new WorkerStatus(statusName, state, lastSuccess, lastError, lastErrorAt, next));
}
