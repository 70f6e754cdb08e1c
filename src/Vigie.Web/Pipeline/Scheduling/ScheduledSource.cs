using Microsoft.Extensions.Logging;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Sources;
using Vigie.Web.Hosting;

namespace Vigie.Web.Pipeline.Scheduling;

/// <summary>
/// One scheduled source (an NRD list, a zone file, an organisation's sweep) on its own task: a round when due, then
/// a wait for the schedule's next occurrence. A round cut short by a crash is due at once on the next start (its
/// round row is not finished), a finished one at the next run it stored. A failed round reports its error (the live
/// status and the source's row) and is tried again with back-off, on its own: it never holds up another source.
/// </summary>
internal sealed class ScheduledSource(
    string sourceId, SourceKind kind, string label, Schedule schedule, TimeZoneInfo zone, TimeSpan maxBackoff, PipelineContext context, ISourceRoundRepository rounds)
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);
    private readonly string statusName = $"{StoredEnum<SourceKind>.Format(kind)} {label}";
    private DateTimeOffset? lastSuccess;
    private string? summary;
    private string? lastError;
    private DateTimeOffset? lastErrorAt;

    /// <param name="round">runs one round; returns what it did in a few words ("3 new names", "unchanged")</param>
    /// <param name="cancel">SIGTERM: stops the source between two transactions</param>
    public async Task RunAsync(Func<ScheduledRound, CancellationToken, Task<string>> round, CancellationToken cancel)
    {
        var due = await FirstDueAsync(cancel);
        var failures = 0;
        while (true)
        {
            var wait = due - context.Time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                Report(failures > 0 ? "failing" : summary ?? "waiting", due);
                // A day at most, then look again: Task.Delay stops at 49 days, and a schedule may never occur again.
                await Task.Delay(wait < MaxWait ? wait : MaxWait, context.Time, cancel);
                continue;
            }

            try
            {
                var next = schedule.Next(context.Time.GetUtcNow(), zone);
                Report("running", next);
                var done = await round(new ScheduledRound(next, progress => Report(progress, next)), cancel);
                (lastSuccess, failures, due, summary) = (context.Time.GetUtcNow(), 0, next, done);
                context.Logger.LogInformation("{Source}: {Done}; next at {Next:u}", statusName, done, next);
            }
            catch (Exception e) when (!cancel.IsCancellationRequested)
            {
                var backoff = PipelineBackoff.Delay(++failures, maxBackoff);
                due = context.Time.GetUtcNow() + backoff;
                await FailAsync($"{Describe(e)}; again in {(int)backoff.TotalSeconds} s", due);
            }
        }
    }

    private async Task<DateTimeOffset> FirstDueAsync(CancellationToken cancel)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                var last = await rounds.GetAsync(sourceId, cancel);
                var status = (await context.Sources.ListAsync(cancel)).FirstOrDefault(s => s.SourceId == sourceId);
                return last is { Finished: true } && status?.NextRunAt is { } next ? next : context.Time.GetUtcNow();
            }
            catch (Exception e) when (!cancel.IsCancellationRequested)
            {
                var wait = PipelineBackoff.Delay(failures, maxBackoff);
                await FailAsync($"{Describe(e)}; again in {(int)wait.TotalSeconds} s", context.Time.GetUtcNow() + wait);
                await Task.Delay(wait, context.Time, cancel);
            }
        }
    }

    /// <summary>"nrd LIST: HTTP 500": the source named once, whether or not the error already names it.</summary>
    private string Describe(Exception e) =>
        e.Message.StartsWith(label, StringComparison.Ordinal) ? $"{statusName}{e.Message[label.Length..]}" : $"{statusName}: {e.Message}";

    private async Task FailAsync(string message, DateTimeOffset next)
    {
        (lastError, lastErrorAt) = (message, context.Time.GetUtcNow());
        Report("failing", next);
        context.Logger.LogWarning("{Message}", message);
        try
        {
            await context.Sources.ReportErrorAsync(sourceId, kind, label, message, next, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The store is what failed: the live status above still shows the error.
            context.Logger.LogWarning("{Source}: the error could not be stored: {Message}", statusName, e.Message);
        }
    }

    private void Report(string state, DateTimeOffset? next) =>
        context.Workers.Report(new WorkerStatus(statusName, state, lastSuccess, lastError, lastErrorAt, next));
}
