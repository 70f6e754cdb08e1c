namespace Vigie.Web.Hosting;

/// <summary>
/// The background services of `vigie serve`, one entry per kind of work. Empty until the pipeline lands
/// (issue 11, item 2): the dashboard already shows <see cref="WorkerStatusRegistry"/> on the sources page.
/// </summary>
internal static class BackgroundWork
{
    public static IReadOnlyList<IBackgroundWork> All { get; } = [];
}
