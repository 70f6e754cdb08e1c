using Vigie.Mail;

namespace Vigie.Alerts.Settings;

/// <summary>What a channel is made with beyond its own fields: the clock, and the `smtp:` section for e-mail.</summary>
internal sealed record AlertChannelContext(TimeProvider Time, SmtpSettings? Smtp);
