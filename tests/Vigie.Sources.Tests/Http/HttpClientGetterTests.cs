using Vigie.Sources.Http;
using Vigie.TestSupport;

namespace Vigie.Sources.Tests.Http;

public sealed class HttpClientGetterTests
{
    private static readonly byte[] Chunk = new byte[16 * 1024];

    [Fact]
    public async Task DownloadAsync_EndlessAnswer_IsCutOffAtTheCapWithAOneLineReason()
    {
        var (app, url) = await LoopbackWebHost.StartAsync(async context =>
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(Chunk, context.RequestAborted);
            }
        });
        await using var _ = app;
        using var client = HttpClientGetter.CreateClient(TimeSpan.FromSeconds(10));
        using var file = new MemoryStream();

        var error = await Assert.ThrowsAsync<HttpRequestException>(
            () => new HttpClientGetter(client).DownloadAsync(url, file, 1 << 20, TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal("127.0.0.1: answer larger than 1 MiB, cut off", error.Message);
        Assert.InRange(file.Length, 0, 1 << 20);
    }

    [Fact]
    public async Task DownloadAsync_TricklingAnswer_StopsAtTheDeadline()
    {
        var (app, url) = await LoopbackWebHost.StartAsync(async context =>
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(Chunk.AsMemory(0, 1), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(100, context.RequestAborted);
            }
        });
        await using var _ = app;
        using var client = HttpClientGetter.CreateClient(TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<HttpRequestException>(
            () => new HttpClientGetter(client).DownloadAsync(url, Stream.Null, 1 << 20, TimeSpan.FromSeconds(1), CancellationToken.None));

        Assert.Equal("127.0.0.1: no complete answer within 1 s", error.Message);
    }

    [Fact]
    public async Task DownloadAsync_Success_StreamsTheWholeBodyAndReturnsTheStatus()
    {
        var body = Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray();
        var (app, url) = await LoopbackWebHost.StartAsync(context => context.Response.Body.WriteAsync(body).AsTask());
        await using var _ = app;
        using var client = HttpClientGetter.CreateClient(TimeSpan.FromSeconds(10));
        using var file = new MemoryStream();

        var status = await new HttpClientGetter(client).DownloadAsync(url, file, 1 << 20, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(200, status);
        Assert.Equal(body, file.ToArray());
    }

    [Fact]
    public async Task GetAsync_AnswerPastTheBufferCap_FailsWithAOneLineReason()
    {
        var (app, url) = await LoopbackWebHost.StartAsync(async context =>
        {
            for (var i = 0; i < 64 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(Chunk, context.RequestAborted);
            }
        });
        await using var _ = app;
        using var client = HttpClientGetter.CreateClient(TimeSpan.FromSeconds(10));
        client.MaxResponseContentBufferSize = 256 * 1024;

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => new HttpClientGetter(client).GetAsync(url, CancellationToken.None));

        Assert.Equal("127.0.0.1: answer larger than 256 KiB, not read", error.Message);
    }
}
