using System.Collections.Concurrent;

namespace Vigie.Web.Hosting;

/// <summary>
/// The live status of each background service of `vigie serve`, in memory: each service reports into it (one
/// entry per name, replaced on every report), the sources page and the API read it. Positions and history that
/// must survive a restart belong in the store's source status rows, not here.
/// </summary>
internal sealed class WorkerStatusRegistry
{
    private readonly ConcurrentDictionary<string, WorkerStatus> statuses = new(StringComparer.Ordinal);

    public void Report(WorkerStatus status) => statuses[status.Name] = status;

    public IReadOnlyList<WorkerStatus> All() => [.. statuses.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];
}
