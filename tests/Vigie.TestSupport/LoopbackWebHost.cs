using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Vigie.TestSupport;

/// <summary>
/// An in-process Kestrel on a loopback address for the tests' local servers (the investigation lab, RDAP, CT logs):
/// one handler for every request, quiet logs, and the base address it really listens on.
/// </summary>
public static class LoopbackWebHost
{
    /// <summary>Starts on <paramref name="address"/> (127.0.0.1 by default) and <paramref name="port"/> (0: a free one), with TLS when a certificate is given.</summary>
    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(RequestDelegate handler, IPAddress? address = null, int port = 0, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(address ?? IPAddress.Loopback, port, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(listening.TrimEnd('/') + "/"));
    }
}
