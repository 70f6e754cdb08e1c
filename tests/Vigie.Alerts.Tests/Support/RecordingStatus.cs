using System.Collections.Concurrent;
using Vigie.Alerts.Delivery;

namespace Vigie.Alerts.Tests.Support;

/// <summary>Keeps what the dispatcher reports, to show in a failing test's message.</summary>
internal sealed class RecordingStatus : IAlertStatus
{
    public ConcurrentQueue<string> Reports { get; } = new();

    public void Report(string part, string? error, DateTimeOffset? next) => Reports.Enqueue($"{part}: {error ?? "ok"}");
}
