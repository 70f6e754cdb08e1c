using System.Security.Cryptography.X509Certificates;
using MimeKit;
using Vigie.Alerts.Channels;
using Vigie.Alerts.Channels.Syslog;
using Vigie.Alerts.Settings;
using Vigie.Mail;

namespace Vigie.Alerts.Tests.Support;

/// <summary>Channel settings as the `alerts:` reader makes them, with retries short enough for a test.</summary>
internal static class TestChannels
{
    public static readonly DeliverySettings Quick = new() { FirstRetry = TimeSpan.FromMilliseconds(200), MaxRetry = TimeSpan.FromMilliseconds(400), MaxPerMinute = 0 };

    public static AlertChannelSettings Webhook(string name, Uri url, string secret) =>
        new(name, "webhook", [AlertRule.Everything], Quick, context => new WebhookChannel(url, secret, context.Time, AlertHttp.CreateClient()));

    public static AlertChannelSettings Slack(string name, Uri url) =>
        new(name, "slack", [AlertRule.Everything], Quick, _ => new ChatChannel(url, ChatFlavour.Slack, AlertHttp.CreateClient()));

    public static AlertChannelSettings Teams(string name, Uri url) =>
        new(name, "teams", [AlertRule.Everything], Quick, _ => new TeamsChannel(url, AlertHttp.CreateClient()));

    public static AlertChannelSettings Matrix(string name, Uri homeserver) =>
        new(name, "matrix", [AlertRule.Everything], Quick, _ => new MatrixChannel(homeserver, "!room:example.org", "token", AlertHttp.CreateClient()));

    public static AlertChannelSettings Email(string name, string to) =>
        new(name, "email", [AlertRule.Everything], Quick, context => new EmailChannel(new SmtpMailSender(context.Smtp! with { Attempts = 1 }, context.Time), context.Smtp!.From, [MailboxAddress.Parse(to)]));

    public static SmtpSettings Smtp(int port) => new("127.0.0.1", port, SmtpSecurity.None, null, null, new MailboxAddress("Vigie", "vigie@example.org"));

    public static AlertChannelSettings Syslog(string name, RsyslogServer rsyslog, SyslogTransport transport, int facility) =>
        new(name, "syslog", [AlertRule.Everything], Quick, _ => new SyslogChannel(new SyslogTarget("127.0.0.1",
            transport switch { SyslogTransport.Udp => rsyslog.UdpPort, SyslogTransport.Tcp => rsyslog.TcpPort, _ => rsyslog.TlsPort },
            transport, SyslogFormat.Rfc5424, facility, new X509Certificate2Collection(rsyslog.Certificate), "localhost")));
}
