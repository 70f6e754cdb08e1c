namespace Vigie.Web.Cluster;

/// <summary>The jobs given up, most recent first, for the sources page.</summary>
internal interface IDeadLetters
{
    Task<IReadOnlyList<DeadLetter>> ListAsync(CancellationToken cancellationToken);
}
