using Vigie.Alerts.Settings;
using Vigie.Mail;
using Vigie.Web.Hosting;
using YamlDotNet.RepresentationModel;

namespace Vigie.Web.Alerts;

/// <summary>Reads the `alerts:` section of the serve configuration (README, "Alerts").</summary>
internal static class AlertSettingsReader
{
    public static AlertSettings Read(YamlNode node, string source, string baseFolder)
    {
        var fields = new YamlFields(node, source, "alerts", baseFolder);
        var settings = new AlertSettings();
        settings = settings with
        {
            Poll = fields.Duration("poll", TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(1)) ?? settings.Poll,
            Suppress = fields.Duration("suppress", TimeSpan.Zero, TimeSpan.FromDays(365)) ?? settings.Suppress,
            SourceFailingAfter = fields.Duration("source_failing_after", TimeSpan.FromSeconds(1), TimeSpan.FromDays(30)) ?? settings.SourceFailingAfter,
            MaxAge = fields.Duration("max_age", TimeSpan.FromMinutes(1), TimeSpan.FromDays(365)) ?? settings.MaxAge,
            Keep = fields.Duration("keep", TimeSpan.FromHours(1), TimeSpan.FromDays(3650)) ?? settings.Keep,
        };
        var channels = new List<AlertChannelSettings>();
        if (fields.Get("channels") is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                var channel = AlertChannelReader.Read(fields.Child(item, $"channels[{channels.Count}]"));
                channels.Add(channels.All(c => c.Name != channel.Name)
                    ? channel
                    : throw new ServeConfigException($"{source} line {item.Start.Line}: a second channel named '{channel.Name}' (names key each channel's queue)"));
            }
        }

        fields.CheckAllRead();
        return channels.Count > 0
            ? settings with { Channels = channels }
            : throw new ServeConfigException($"{source} line {node.Start.Line}, alerts: no channel ('channels:' with '- name: … type: …' items)");
    }

    /// <summary>E-mail channels send through the `smtp:` section, which may come before or after `alerts:` in the file.</summary>
    public static void CheckSmtp(AlertSettings? alerts, SmtpSettings? smtp, string source)
    {
        if (smtp is null && alerts?.Channels.FirstOrDefault(c => c.Type == "email") is { } email)
        {
            throw new ServeConfigException($"{source}: alert channel '{email.Name}' sends e-mail, but there is no smtp: section (README, \"E-mail\")");
        }
    }
}
