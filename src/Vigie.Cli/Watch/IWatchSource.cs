namespace Vigie.Cli.Watch;

/// <summary>One source of `vigie watch` (a CT log, an NRD list): reads from its saved position and emits batches in order.</summary>
internal interface IWatchSource
{
    string Id { get; }

    /// <param name="next">where to start: the saved position, or null for the source's own default</param>
    /// <param name="emit">takes each batch; returns once the batch is queued</param>
    /// <param name="cancel">stops the source</param>
    Task RunAsync(long? next, Func<NameBatch, CancellationToken, Task> emit, CancellationToken cancel);
}
