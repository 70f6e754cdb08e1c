using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Vigie.TestSupport;

namespace Vigie.Benchmarks.Pages;

/// <summary>
/// The bench's web server on a loopback address, port 80: each host serves the page currently assigned to it at
/// "/" (as the bytes on disk, no charset header: the investigation sniffs it as a browser does); anything else
/// is 404, as on a kit whose images and scripts were not collected. A host serves one page at a time: the bench
/// takes <see cref="LeaseAsync"/> before investigating, so two pages frozen from one site never mix.
/// </summary>
internal sealed class PageLab : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> current = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new(StringComparer.OrdinalIgnoreCase);
    private WebApplication? app;

    public static async Task<PageLab> StartAsync(IPAddress address)
    {
        var lab = new PageLab();
        (lab.app, _) = await LoopbackWebHost.StartAsync(lab.ServeAsync, address, 80);
        return lab;
    }

    /// <summary>Serves <paramref name="file"/> at http://<paramref name="host"/>/ until the returned lease is disposed.</summary>
    public async Task<IDisposable> LeaseAsync(string host, string file)
    {
        var gate = locks.GetOrAdd(host, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        current[host] = file;
        return new Lease(() =>
        {
            current.TryRemove(host, out _);
            gate.Release();
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task ServeAsync(HttpContext context)
    {
        if (context.Request.Path != "/" || !current.TryGetValue(context.Request.Host.Host, out var file))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = "text/html";
        await context.Response.Body.WriteAsync(await File.ReadAllBytesAsync(file, context.RequestAborted), context.RequestAborted);
    }

    private sealed class Lease(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}
