using Microsoft.Extensions.Hosting;
using Vigie.Sources.Http;
using Vigie.Storage.Findings;
using Vigie.Storage.Sources;

namespace Vigie.Web.Pipeline.Scheduling;

/// <summary>
/// NRD lists or zone files in `vigie serve`: each file on its own task and schedule (<see cref="ScheduledSource"/>),
/// so one that fails never holds up another.
/// </summary>
internal sealed class ScheduledFilesService(
    FileSourceSettings settings, SourceKind kind, Func<string, IHttpDownloader, IScheduledFile> open, PipelineContext context, ISourceRoundRepository rounds) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var client = HttpClientGetter.CreateClient(TimeSpan.FromMinutes(2));
        var http = new HttpClientGetter(client);
        var files = settings.Locations.Select(location =>
        {
            var file = open(location, http);
            return new ScheduledSource(file.SourceId, kind, location, settings.Schedule, TimeZoneInfo.Utc, settings.MaxBackoff, context, rounds)
                .RunAsync(file.RunAsync, stoppingToken);
        });
        try
        {
            await Task.WhenAll(files);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // SIGTERM: every file stopped between two transactions.
        }
    }
}
