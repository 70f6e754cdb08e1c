using Microsoft.Extensions.Logging;
using Vigie.Alerts.Delivery;
using Vigie.Web.Hosting;

namespace Vigie.Web.Alerts;

/// <summary>Shows the dispatcher's parts on the sources page (one row each) and logs each change between working and failing.</summary>
internal sealed class AlertStatus(WorkerStatusRegistry workers, ILogger logger, TimeProvider time) : IAlertStatus
{
    public void Report(string part, string? error, DateTimeOffset? next)
    {
        var previous = workers.All().FirstOrDefault(w => w.Name == part);
        var now = time.GetUtcNow();
        if (error is null)
        {
            workers.Report(new WorkerStatus(part, "running", now, previous?.LastError, previous?.LastErrorAt, null));
            if (previous?.State == "failing")
            {
                logger.LogInformation("{Part}: delivering again", part);
            }

            return;
        }

        workers.Report(new WorkerStatus(part, "failing", previous?.LastSuccess, error, now, next));
        if (previous?.State != "failing")
        {
            logger.LogWarning("{Part}: {Error}; tried again until it works", part, error);
        }
    }
}
