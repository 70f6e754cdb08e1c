namespace Vigie.Cli.Watch;

/// <summary>One source of `vigie watch` (a CT log, an NRD list): reads from its saved position and emits batches in order.</summary>
internal interface IWatchSource
{
    /// <param name="saved">the saved positions by source id (an NRD source's id depends on the list's content)</param>
    /// <param name="emit">takes each batch; returns once the batch is queued</param>
    /// <param name="cancel">stops the source</param>
    Task RunAsync(IReadOnlyDictionary<string, long> saved, Func<NameBatch, CancellationToken, Task> emit, CancellationToken cancel);
}
