using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using Vigie.Storage.Database;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Storage.Sources;
using Vigie.Web.Hosting;
using Vigie.Web.Pipeline;
using Vigie.Web.Pipeline.Scheduling;
using Vigie.Web.Pipeline.Sweeps;

namespace Vigie.Web.Cluster;

/// <summary>
/// The sweep workers' side of the sweep queue (issue 15): one due sweep at a time fetched from the durable consumer,
/// run under the organisation's lock, kept in progress while it lasts, acknowledged once its round is committed.
/// A worker that dies has its sweep redelivered an ack wait later, and the next worker resumes the round where its
/// stored batches end (<see cref="OrganisationSweep"/>); a copy of a sweep already done is acknowledged untouched.
/// A sweep that fails is sent back with back-off, and after <see cref="NatsSettings.MaxDeliver"/> attempts published on
/// the dead-letter subject.
/// </summary>
internal sealed class JetStreamSweepWorker(INatsJSContext js, NatsSettings nats, SweepSettings sweeps, VigieDatabase database, IOrganisationRepository organisations,
    ISourceRoundRepository rounds, PipelineContext context) : ISweepConsumer
{
    private const string Part = "sweep queue";
    private static readonly TimeSpan LockedRetry = TimeSpan.FromSeconds(2);
    private DateTimeOffset? lastSuccess;

    public Task ConsumeAsync(ISweepDue runner, CancellationToken cancel) => JetStreamJobLoop.RunAsync(
        c => JetStreamTopology.EnsureSweepsAsync(js, nats, c), (delivered, c) => HandleAsync(delivered, runner, c), () => Report("waiting", null),
        (error, wait) =>
        {
            Report("failing", $"sweep queue: {error}; again in {(int)wait.TotalSeconds} s", wait);
            context.Logger.LogWarning("sweep queue: {Message}", error);
        }, sweeps.MaxBackoff, context.Time, cancel);

    private async Task HandleAsync(INatsJSMsg<byte[]> delivered, ISweepDue runner, CancellationToken cancel)
    {
        if (delivered.Data is not { } data || JsonSerializer.Deserialize(data, ClusterJsonContext.Default.SweepMessage) is not { } message)
        {
            context.Logger.LogWarning("sweep queue: message {Sequence} is not a due sweep; dropped", delivered.Metadata?.Sequence.Stream);
            await delivered.AckTerminateAsync(cancellationToken: cancel);
            return;
        }

        // From the database rather than the matchers' cache: an organisation added a moment ago is swept too.
        var organisation = await organisations.GetAsync(message.OrganisationId, cancel);
        var dueAt = StoredTime.ParseOrNull(message.DueAt);
        if (organisation is null || SweepSlots.Done(await rounds.GetAsync(OrganisationSweep.SourceId(organisation), cancel), dueAt))
        {
            // Deleted since, or swept since it was due (its worker died before acknowledging): nothing to do.
            await delivered.AckAsync(cancellationToken: cancel);
            return;
        }

        var sourceId = OrganisationSweep.SourceId(organisation);
        var deliveries = (int)(delivered.Metadata?.NumDelivered ?? 1);
        if (deliveries > nats.MaxDeliver)
        {
            await BuryAsync(delivered, organisation, message, deliveries - 1, "its worker stopped answering (crashed or killed) during every attempt", cancel);
            return;
        }

        await using var held = await database.TryLockAsync(sourceId, cancel);
        if (held is null)
        {
            // Another worker sweeps this organisation: a round unfinished now ends after this due time, so it covers it.
            // Its holder may also be between its round's end and its lock's release: this copy comes back shortly.
            if (await rounds.GetAsync(sourceId, cancel) is { Finished: true })
            {
                await delivered.NakAsync(delay: LockedRetry, cancellationToken: cancel);
            }
            else
            {
                await delivered.AckAsync(cancellationToken: cancel);
            }

            return;
        }

        if (SweepSlots.Done(await rounds.GetAsync(sourceId, cancel), dueAt))
        {
            await delivered.AckAsync(cancellationToken: cancel);
            return;
        }

        await SweepAsync(delivered, runner, organisation, message, deliveries, cancel);
    }

    private async Task SweepAsync(INatsJSMsg<byte[]> delivered, ISweepDue runner, Organisation organisation, SweepMessage message, int deliveries, CancellationToken cancel)
    {
        var next = sweeps.Schedule.Next(context.Time.GetUtcNow(), OrganisationZone.Of(organisation.TimeZone));
        var error = await JetStreamJobs.RunAsync(delivered, nats, context.Time, context.Logger, async () =>
        {
            var done = await runner.SweepAsync(organisation, new ScheduledRound(next, progress => Report(progress, null)), cancel);
            lastSuccess = context.Time.GetUtcNow();
            context.Logger.LogInformation("sweep {Organisation}: {Done}; next due at {Next:u}", organisation.Name, done, next);
        }, cancel) is { } failure ? $"sweep {organisation.Name}: {failure}" : null;
        if (error is null)
        {
            // Acknowledged once the round is committed; a crash in between redelivers a sweep done, acknowledged untouched.
            await delivered.AckAsync(new AckOpts { DoubleAck = true }, cancel);
        }
        else if (deliveries >= nats.MaxDeliver)
        {
            await BuryAsync(delivered, organisation, message, deliveries, error, cancel);
        }
        else
        {
            var wait = PipelineBackoff.Delay(deliveries, sweeps.MaxBackoff);
            var line = string.Create(CultureInfo.InvariantCulture, $"{error}; attempt {deliveries} of {nats.MaxDeliver}, again in {wait.TotalSeconds:0} s");
            await context.Sources.ReportErrorAsync(OrganisationSweep.SourceId(organisation), SourceKind.Sweep, organisation.Name, line, context.Time.GetUtcNow() + wait, cancel);
            Report("failing", line, wait);
            context.Logger.LogWarning("{Line}", line);
            await delivered.NakAsync(delay: wait, cancellationToken: cancel);
        }
    }

    /// <summary>
    /// Gives the sweep up: the error on the sources page, then the dead-letter subject. The organisation's round stays
    /// unfinished, so the schedule's next occurrence tries it again, resumed.
    /// </summary>
    private async Task BuryAsync(INatsJSMsg<byte[]> delivered, Organisation organisation, SweepMessage message, int attempts, string error, CancellationToken cancel)
    {
        var now = context.Time.GetUtcNow();
        var line = string.Create(CultureInfo.InvariantCulture, $"dead letter after {attempts} attempts: {error}");
        await context.Sources.ReportErrorAsync(OrganisationSweep.SourceId(organisation), SourceKind.Sweep, organisation.Name, line,
            sweeps.Schedule.Next(now, OrganisationZone.Of(organisation.TimeZone)), cancel);
        var letter = new DeadLetter(0, organisation.Name, message.DueAt is { } due ? $"sweep due {due}" : "first sweep", error, attempts, now, null, "sweep");
        await JetStreamJobs.BuryAsync(js, delivered, JetStreamTopology.DeadSweepSubject, letter, cancel);
        context.Logger.LogWarning("sweep of {Organisation} given up after {Attempts} attempts: {Error}", organisation.Name, attempts, error);
    }

    private void Report(string state, string? error, TimeSpan? wait = null)
    {
        var now = context.Time.GetUtcNow();
        context.Workers.Report(new WorkerStatus(Part, error is null ? state : "failing", lastSuccess, error, error is null ? null : now, wait is { } w ? now + w : null));
    }
}
