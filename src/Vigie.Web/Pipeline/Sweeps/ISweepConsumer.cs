namespace Vigie.Web.Pipeline.Sweeps;

/// <summary>The sweep workers' side of a cluster's queue: runs each due sweep it is given with the runner it is handed, until stopped.</summary>
internal interface ISweepConsumer
{
    Task ConsumeAsync(ISweepDue runner, CancellationToken cancel);
}
