namespace Vigie.Alerts.Channels;

/// <summary>A receiver refused or could not take a message; the message is tried again later.</summary>
internal sealed class AlertChannelException(string message) : Exception(message);
