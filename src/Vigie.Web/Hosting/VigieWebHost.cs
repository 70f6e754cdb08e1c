using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigie.Storage.Database;
using Vigie.Storage.Evidence;
using Vigie.Web.Cluster;
using Vigie.Web.Pipeline;
using Vigie.Web.Security;

namespace Vigie.Web.Hosting;

/// <summary>
/// Builds the `vigie serve` web host: Kestrel on the configured loopback addresses, the security of issue 11
/// (sign-in everywhere, antiforgery, headers, rate-limited sign-in), the pages, the JSON API and its OpenAPI
/// document, and every registered <see cref="IBackgroundWork"/>. The caller owns the database.
/// </summary>
internal static class VigieWebHost
{
    public static WebApplication Build(ServeConfig config, VigieDatabase database, TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls([.. config.Listen]);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 1024 * 1024;
        });

        var services = builder.Services;
        services.AddSingleton(config);
        services.AddSingleton(database);
        services.AddSingleton(time);
        services.AddSingleton(new EvidenceStore(config.EvidenceFolder, time));
        services.AddSingleton<WorkerStatusRegistry>();
        services.AddVigieSecurity(config);
        services.AddVigieData();
        Api.ApiServices.Add(services);
        services.AddVigiePipeline();
        foreach (var work in BackgroundWork.All.Where(work => config.Role.Runs(work)))
        {
            work.Register(services, config);
        }

        services.AddVigieCluster(config);

        var app = builder.Build();
        if (config.PublicUrl is not null)
        {
            // Behind a reverse proxy on this machine: trust its X-Forwarded-For/Proto (loopback proxies only, the default).
            app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        }

        app.Use(SecurityHeaders.InvokeAsync);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(AntiforgeryCheck.InvokeAsync);
        if (config.Role.ServesDashboard())
        {
            Endpoints.Map(app);
        }
        else
        {
            RoleHealthEndpoint.Map(app, config.Role);
        }

        return app;
    }
}
