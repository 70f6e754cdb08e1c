namespace Vigie.Storage.Findings;

/// <summary>The timeline of a finding: observations and their evidence.</summary>
internal interface IObservationRepository
{
    /// <summary>Adds the observation and its evidence in one transaction; null when the finding already has one of this kind at this time (a redelivery).</summary>
    Task<long?> AddAsync(long findingId, ObservationDraft observation, CancellationToken cancellationToken);

    /// <summary>Every observation of the finding with its evidence, oldest first.</summary>
    Task<IReadOnlyList<Observation>> ListAsync(long findingId, CancellationToken cancellationToken);
}
