namespace Vigie.Alerts.Tests.Support;

/// <summary>One request a test receiver took, as it came.</summary>
internal sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At);
