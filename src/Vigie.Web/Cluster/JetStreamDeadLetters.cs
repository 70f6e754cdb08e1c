using System.Text.Json;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Vigie.Web.Cluster;

/// <summary>The last <see cref="Shown"/> messages of the dead-letter stream, read with an ordered (ephemeral) consumer.</summary>
internal sealed class JetStreamDeadLetters(INatsJSContext js) : IDeadLetters
{
    private const int Shown = 100;

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(CancellationToken cancellationToken)
    {
        INatsJSStream stream;
        try
        {
            stream = await js.GetStreamAsync(JetStreamTopology.DeadStream, cancellationToken: cancellationToken);
        }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            // No worker has started yet: nothing given up.
            return [];
        }

        var state = stream.Info.State;
        if (state.Messages == 0)
        {
            return [];
        }

        var consumer = await js.CreateOrderedConsumerAsync(JetStreamTopology.DeadStream, new NatsJSOrderedConsumerOpts
        {
            DeliverPolicy = ConsumerConfigDeliverPolicy.ByStartSequence,
            OptStartSeq = Math.Max(state.FirstSeq, state.LastSeq >= Shown ? state.LastSeq - Shown + 1 : 1),
        }, cancellationToken);
        var letters = new List<DeadLetter>();
        await foreach (var message in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = Shown }, cancellationToken: cancellationToken))
        {
            if (message.Data is { } data && JsonSerializer.Deserialize(data, ClusterJsonContext.Default.DeadLetter) is { } letter)
            {
                letters.Add(letter with { Sequence = message.Metadata?.Sequence.Stream ?? 0 });
            }
        }

        letters.Reverse();
        return letters;
    }
}
