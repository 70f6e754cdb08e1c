namespace Vigie.Web.Pipeline.Sweeps;

/// <summary>
/// The queue between the schedulers and the sweep workers of a cluster (a `nats:` section): where due sweeps are
/// published, and what runs those delivered to this process. Absent on one machine, where a due sweep runs at once.
/// </summary>
internal sealed record SweepQueue(ISweepDue Publisher, ISweepConsumer Consumer);
