using Microsoft.Extensions.DependencyInjection;

namespace Vigie.Web.Hosting;

/// <summary>
/// One part of the pipeline `vigie serve` runs in the background (CT logs, NRD lists, sweeps, investigations):
/// it adds its IHostedService and whatever it needs, and reports through <see cref="WorkerStatusRegistry"/>.
/// The host registers every entry of <see cref="BackgroundWork.All"/>.
/// </summary>
internal interface IBackgroundWork
{
    void Register(IServiceCollection services, ServeConfig config);
}
