using Microsoft.Extensions.Hosting;
using Vigie.Sources.CertificateTransparency;
using Vigie.Sources.Http;
using Vigie.Storage.Findings;
using Vigie.Web.Hosting;

namespace Vigie.Web.Pipeline;

/// <summary>
/// CT ingestion in `vigie serve`: every usable or qualified log of the lists and/or the logs given by URL, each
/// followed on its own task from its stored position (<see cref="CtLogIngestion"/>). A log given by URL that cannot be
/// described yet is tried again with back-off without holding up the others.
/// </summary>
internal sealed class CtIngestionService(CtSettings settings, PipelineContext context) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var client = HttpClientGetter.CreateClient(TimeSpan.FromSeconds(30));
        var http = new HttpClientGetter(client);
        var saved = (await context.Sources.ListAsync(stoppingToken))
            .Where(s => s.Kind == SourceKind.Ct && s.LastSuccessAt is not null)
            .ToDictionary(s => s.SourceId, s => s.Position, StringComparer.Ordinal);
        var known = await LogSelection.KnownAsync(settings.AllListedLogs, settings.OfflineLists, settings.LogUrls, http,
            message => context.Workers.Report(new WorkerStatus("ct log lists", "warning", null, message, context.Time.GetUtcNow(), null)), stoppingToken);
        var listed = settings.AllListedLogs ? known.Where(l => l.IsActive).ToList() : [];
        var following = listed.Select(log => Follow(log, http, saved, stoppingToken))
            .Concat(settings.LogUrls.Select(url => DescribeThenFollowAsync(url, known, listed, http, saved, stoppingToken)));
        try
        {
            await Task.WhenAll(following);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // SIGTERM: every log stopped between two transactions.
        }
    }

    private Task Follow(CtLog log, IHttpGetter http, Dictionary<string, long> saved, CancellationToken cancel) =>
        new CtLogIngestion(log, http, settings, context).RunAsync(saved.TryGetValue(log.SourceId, out var position) ? position : null, cancel);

    private async Task DescribeThenFollowAsync(Uri url, List<CtLog> known, List<CtLog> listed, IHttpGetter http, Dictionary<string, long> saved, CancellationToken cancel)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                var log = await CtFollowers.DescribeAsync(url, known, http, cancel);
                if (listed.All(l => l.LogId != log.LogId))
                {
                    await Follow(log, http, saved, cancel);
                }

                return;
            }
            catch (CtLogException e)
            {
                var wait = PipelineBackoff.Delay(failures, settings.MaxBackoff);
                context.Workers.Report(new WorkerStatus("ct " + url, "failing", null, e.Message, context.Time.GetUtcNow(), context.Time.GetUtcNow() + wait));
                await Task.Delay(wait, context.Time, cancel);
            }
        }
    }
}
