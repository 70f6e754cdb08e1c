using NATS.Client.JetStream;

namespace Vigie.Web.Cluster;

/// <summary>The jobs' durable consumer, its streams created on first use (<see cref="JetStreamTopology.EnsureAsync"/>), once per process.</summary>
internal sealed class JetStreamConsumerSource(INatsJSContext js, NatsSettings settings) : IDisposable
{
    private readonly SemaphoreSlim ensuring = new(1, 1);
    private INatsJSConsumer? consumer;

    public async Task<INatsJSConsumer> GetAsync(CancellationToken cancellationToken)
    {
        if (consumer is { } ready)
        {
            return ready;
        }

        await ensuring.WaitAsync(cancellationToken);
        try
        {
            return consumer ??= await JetStreamTopology.EnsureAsync(js, settings, cancellationToken);
        }
        finally
        {
            ensuring.Release();
        }
    }

    public void Dispose() => ensuring.Dispose();
}
