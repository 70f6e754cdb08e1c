using Vigie.Mail;

namespace Vigie.Alerts.Settings;

/// <summary>
/// The `alerts:` section of the serve configuration (README, "Alerts"). <see cref="Poll"/>: how often the outbox is
/// read; <see cref="Suppress"/>: how long the same alert on the same finding is not repeated on a channel;
/// <see cref="SourceFailingAfter"/>: how long a source fails before it is an alert; <see cref="MaxAge"/>: events older
/// than this when first seen are dropped (alerts turned on over a database with a history do not replay it);
/// <see cref="Keep"/>: how long delivered alerts stay in the outbox; <see cref="DashboardUrl"/>: the base of links;
/// <see cref="Smtp"/>: the `smtp:` section, for e-mail channels; <see cref="TakedownFollowUp"/>: the `takedown:` section's
/// follow-up interval, how often an unanswered takedown request is reminded.
/// </summary>
internal sealed record AlertSettings
{
    public IReadOnlyList<AlertChannelSettings> Channels { get; init; } = [];

    public TimeSpan Poll { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan Suppress { get; init; } = TimeSpan.FromHours(24);

    public TimeSpan SourceFailingAfter { get; init; } = TimeSpan.FromHours(1);

    public TimeSpan MaxAge { get; init; } = TimeSpan.FromHours(24);

    public TimeSpan Keep { get; init; } = TimeSpan.FromDays(30);

    public Uri? DashboardUrl { get; init; }

    public SmtpSettings? Smtp { get; init; }

    public TimeSpan TakedownFollowUp { get; init; } = TimeSpan.FromDays(7);
}
