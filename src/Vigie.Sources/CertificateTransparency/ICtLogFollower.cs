namespace Vigie.Sources.CertificateTransparency;

/// <summary>Reads one log from a position onwards, for ever, handing over batches in log order.</summary>
internal interface ICtLogFollower
{
    /// <param name="from">the first index to read; null starts at the log's current size (new entries only)</param>
    /// <param name="onBatch">called with each batch in order; the next batch waits until it returns (the caller stores, then saves the position)</param>
    /// <param name="cancel">stops the follower</param>
    Task RunAsync(long? from, Func<CtBatch, CancellationToken, Task> onBatch, CancellationToken cancel);
}
