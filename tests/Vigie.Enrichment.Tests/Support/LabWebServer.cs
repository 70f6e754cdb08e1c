using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Vigie.TestSupport;

namespace Vigie.Enrichment.Tests.Support;

/// <summary>
/// The lab's web server: one Kestrel on 127.0.0.1 and a free port, routing by Host header, with every site an
/// investigation must handle (issue 6, "Must show"). Names resolve to loopback through the lab's DNS.
/// </summary>
internal sealed class LabWebServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int hits;

    private LabWebServer(WebApplication app) => this.app = app;

    public int Port { get; private init; }

    /// <summary>Requests served so far, to check a refused site was never asked anything.</summary>
    public int Hits => Volatile.Read(ref hits);

    public Uri Url(string host, string path = "/") => new($"http://{host}:{Port}{path}");

    /// <summary>Starts on <paramref name="address"/> (127.0.0.1 by default) and <paramref name="port"/> (a free one by default).</summary>
    public static async Task<LabWebServer> StartAsync(IPAddress? address = null, int port = 0)
    {
        LabWebServer? server = null;
        var (app, baseAddress) = await LoopbackWebHost.StartAsync(context => server!.ServeAsync(context), address, port);
        server = new LabWebServer(app) { Port = baseAddress.Port };
        return server;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        Interlocked.Increment(ref hits);
        var host = context.Request.Host.Host;
        var path = context.Request.Path.Value ?? "/";
        var response = context.Response;
        var genuine = $"http://genuine.lab.test:{Port}";
        switch (host, path)
        {
            case ("genuine.lab.test", "/login"):
                await HtmlAsync(response, LabPages.Login("", "/session"));
                break;
            case ("genuine.lab.test" or "icon.lab.test", "/favicon.ico"):
                // The genuine site's icon, served as is by a page that names no brand in its text.
                response.ContentType = "image/x-icon";
                await response.Body.WriteAsync(LabPages.Icon);
                break;
            case ("icon.lab.test", "/"):
                await HtmlAsync(response, LabKitPages.IconOnly);
                break;
            case (_, "/static/site.css"):
                response.ContentType = "text/css";
                await response.WriteAsync(LabPages.Css);
                break;
            case (var copy, "/") when copy == "copy.lab.test" || copy.StartsWith("copy-", StringComparison.Ordinal):
                // The copy hot-links the genuine site's style sheet and posts to a third host, as kits do.
                await HtmlAsync(response, LabPages.Login(genuine, "http://collect.lab.test/post.php", "<p>Vérification de sécurité : reconnectez-vous.</p>"));
                break;
            case ("rnicrosoft-online.lab.test", "/"):
                await HtmlAsync(response, LabKitPages.MicrosoftTwoStep);
                break;
            case ("scripted.lab.test", "/"):
                await HtmlAsync(response, LabKitPages.ScriptedForm);
                break;
            case ("chase-outdoor.lab.test", "/"):
                await HtmlAsync(response, LabKitPages.ShopSignIn);
                break;
            case ("parked.lab.test", "/"):
                await HtmlAsync(response, LabPages.Parked);
                break;
            case ("redirect.lab.test", "/"):
                response.Redirect("/step2");
                break;
            case ("redirect.lab.test", "/step2"):
                response.Redirect($"http://hop.lab.test:{Port}/step3");
                break;
            case ("hop.lab.test", "/step3"):
                response.Redirect($"{genuine}/login");
                break;
            case ("loop.lab.test", "/a"):
                response.Redirect("/b");
                break;
            case ("loop.lab.test", "/b"):
                response.Redirect("/a");
                break;
            case ("chain.lab.test", _) when int.TryParse(path.AsSpan(1), out var n):
                response.Redirect($"/{n + 1}");
                break;
            case ("rebind.lab.test", "/"):
                response.Redirect($"http://metadata.lab.test:{Port}/latest/meta-data/");
                break;
            case ("slow.lab.test", "/"):
                await SlowForeverAsync(response, context.RequestAborted);
                break;
            case ("big.lab.test", "/"):
                await BigAsync(response, 50 * 1024 * 1024, context.RequestAborted);
                break;
            case ("bomb.lab.test", "/"):
                response.ContentType = "text/html";
                response.Headers.ContentEncoding = "gzip";
                await response.Body.WriteAsync(GzipBomb.Value, context.RequestAborted);
                break;
            case ("download.lab.test", "/"):
                response.ContentType = "application/octet-stream";
                response.Headers.ContentDisposition = "attachment; filename=\"facture.pdf.exe\"";
                await response.Body.WriteAsync("MZ\x90\0fake executable"u8.ToArray());
                break;
            default:
                response.StatusCode = 404;
                break;
        }
    }

    private static Task HtmlAsync(HttpResponse response, string html)
    {
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(html);
    }

    private static async Task SlowForeverAsync(HttpResponse response, CancellationToken aborted)
    {
        response.ContentType = "text/html";
        await response.WriteAsync("<html><body>", aborted);
        while (!aborted.IsCancellationRequested)
        {
            await response.WriteAsync(".", aborted);
            await response.Body.FlushAsync(aborted);
            await Task.Delay(100, aborted);
        }
    }

    private static async Task BigAsync(HttpResponse response, long size, CancellationToken aborted)
    {
        response.ContentType = "text/html";
        response.ContentLength = size;
        var chunk = new byte[64 * 1024];
        chunk.AsSpan().Fill((byte)'a');
        for (long sent = 0; sent < size; sent += chunk.Length)
        {
            await response.Body.WriteAsync(chunk, aborted);
        }
    }

    /// <summary>200 MB of zeros gzipped to about 200 kB: what a decompression bomb looks like.</summary>
    private static readonly Lazy<byte[]> GzipBomb = new(() =>
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                gzip.Write(zeros);
            }
        }

        return output.ToArray();
    });
}
