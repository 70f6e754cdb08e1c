namespace Vigie.Storage.Sources;

/// <summary>Rounds of the scheduled sources (NRD lists, zone files, sweeps), each saved with the source's status row.</summary>
internal interface ISourceRoundRepository
{
    Task<SourceRound?> GetAsync(string sourceId, CancellationToken cancellationToken);

    /// <summary>Starts <paramref name="round"/> and saves the source's status (its position back at the start) in one transaction.</summary>
    Task StartAsync(string round, SourceProgress progress, CancellationToken cancellationToken);

    /// <summary>Marks the source's round finished and saves its status in one transaction.</summary>
    Task FinishAsync(SourceProgress progress, CancellationToken cancellationToken);
}
