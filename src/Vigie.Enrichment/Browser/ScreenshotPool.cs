using Vigie.Enrichment.Http;

namespace Vigie.Enrichment.Browser;

/// <summary>
/// One Chromium shared by at most <see cref="BrowserOptions.PoolSize"/> pages at once, each in its own context.
/// The browser starts on first use and is started again if it dies. Each page gets a fresh
/// <see cref="SafeHttpFetcher"/> from <paramref name="fetchers"/>, so it has its own connections and policy record.
/// </summary>
internal sealed class ScreenshotPool(BrowserOptions options, Func<SafeHttpFetcher> fetchers, TimeProvider time) : IScreenshotter, IAsyncDisposable
{
    private readonly SemaphoreSlim slots = new(options.PoolSize, options.PoolSize);
    private readonly SemaphoreSlim starting = new(1, 1);
    private ChromiumProcess? chromium;
    private CdpConnection? cdp;

    public async Task<Screenshot> CaptureAsync(Uri url, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            var connection = await ConnectionAsync(cancellationToken);
            using var deadline = new CancellationTokenSource(options.PageTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            using var fetcher = fetchers();
            try
            {
                return await new PageCapture(connection, options, fetcher, time).RunAsync(url, linked.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return new Screenshot { Url = url, TakenAt = time.GetUtcNow(), Error = $"page not captured within {options.PageTimeout.TotalSeconds:0.#} s" };
            }
            catch (CdpException e)
            {
                await RestartAsync();
                return new Screenshot { Url = url, TakenAt = time.GetUtcNow(), Error = $"browser error: {e.Message}" };
            }
        }
        finally
        {
            slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await RestartAsync();
        slots.Dispose();
        starting.Dispose();
    }

    private async Task<CdpConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        await starting.WaitAsync(cancellationToken);
        try
        {
            if (cdp is null)
            {
                chromium = ChromiumProcess.Start(options.ExecutablePath);
                cdp = await CdpConnection.OpenAsync(chromium, cancellationToken);
            }

            return cdp;
        }
        finally
        {
            starting.Release();
        }
    }

    private async Task RestartAsync()
    {
        await starting.WaitAsync();
        try
        {
            if (cdp is not null)
            {
                await cdp.DisposeAsync();
            }

            if (chromium is not null)
            {
                await chromium.DisposeAsync();
            }

            (cdp, chromium) = (null, null);
        }
        finally
        {
            starting.Release();
        }
    }
}
