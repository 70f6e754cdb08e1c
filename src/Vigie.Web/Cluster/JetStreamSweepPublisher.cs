using System.Text.Json;
using NATS.Client.JetStream;
using Vigie.Storage.Database;
using Vigie.Storage.Organisations;
using Vigie.Storage.Sources;
using Vigie.Web.Pipeline.Scheduling;
using Vigie.Web.Pipeline.Sweeps;

namespace Vigie.Web.Cluster;

/// <summary>
/// The scheduler's side of the sweep queue: when an organisation's schedule comes round in a sweep process, the sweep
/// due (<see cref="SweepSlots.Due"/>) is published on the work-queue stream for whichever sweep worker is free. Every
/// sweep process schedules every organisation; the message id (organisation and due time) keeps one copy.
/// </summary>
internal sealed class JetStreamSweepPublisher(INatsJSContext js, NatsSettings nats, SweepSettings sweeps, ISourceRoundRepository rounds, TimeProvider time) : ISweepDue
{
    public async Task<string> SweepAsync(Organisation organisation, ScheduledRound round, CancellationToken cancel)
    {
        var last = await rounds.GetAsync(OrganisationSweep.SourceId(organisation), cancel);
        var (at, due) = SweepSlots.Due(last, sweeps.Schedule, OrganisationZone.Of(organisation.TimeZone), time.GetUtcNow());
        if (!due)
        {
            return last is { Finished: false } ? "being swept by a sweep worker" : "swept by a sweep worker";
        }

        // The stream must exist before the first publish: without it the server has no one to answer the publication.
        await JetStreamTopology.EnsureSweepsAsync(js, nats, cancel);
        var message = new SweepMessage(organisation.Id, StoredTime.Format(at));
        var ack = await js.PublishAsync(JetStreamTopology.SweepSubject, JsonSerializer.SerializeToUtf8Bytes(message, ClusterJsonContext.Default.SweepMessage),
            opts: new NatsJSPubOpts { MsgId = message.MessageId }, cancellationToken: cancel);
        JetStreamJobs.EnsurePublished(ack);
        return ack.Duplicate ? "due, queued by another sweep process" : "due, queued for the sweep workers";
    }
}
