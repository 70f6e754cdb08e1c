using System.Data.Common;
using NATS.Client.Core;

namespace Vigie.Web.Cluster;

/// <summary>The failures of the queue a worker waits out and retries (the database or the NATS servers unreachable), not bugs.</summary>
internal static class QueueFailure
{
    public static bool Is(Exception e) => e is DbException or NatsException or TimeoutException;
}
