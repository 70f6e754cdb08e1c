namespace Vigie.Alerts.Channels;

/// <summary>One way alerts leave Vigie. Throws <see cref="AlertChannelException"/> (or an I/O error) when the message did not get through.</summary>
internal interface IAlertChannel
{
    Task SendAsync(AlertMessage message, CancellationToken cancellationToken);
}
