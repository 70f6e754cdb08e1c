using Microsoft.Extensions.Logging;
using NATS.Client.JetStream;
using Vigie.Alerts.Delivery;
using Vigie.Alerts.Settings;
using Vigie.Storage.Alerts;
using Vigie.Storage.Database;

namespace Vigie.Web.Cluster;

/// <summary>
/// The alert queue of a cluster (a `nats:` section): what the web role's alerts are given (Alerts/AlertsWork), the
/// dispatcher's hand-over of each channel's due batches, and the worker that sends those delivered to this process.
/// </summary>
internal sealed class JetStreamAlertQueue(INatsJSContext js, NatsSettings nats, VigieDatabase database, TimeProvider time, ILoggerFactory loggers)
{
    public IBatchSender Publisher(AlertChannelSettings channel, IAlertStatus status) =>
        new JetStreamAlertPublisher(js, nats, channel.Name, new AlertDeliveryRepository(database), status, time);

    public JetStreamAlertWorker Worker(AlertSettings settings, IAlertStatus status) =>
        new(js, nats, settings, database, status, time, loggers.CreateLogger("Vigie.Alerts"));
}
