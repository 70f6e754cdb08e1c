namespace Vigie.Web.Takedowns;

/// <summary>
/// The `takedown:` section of the serve configuration (README, "vigie takedown"): the sender written in drafts, their
/// default language, how long before a request falls due for a follow-up, and the folder of IANA's RDAP bootstrap
/// files (dns.json, ipv4.json, ipv6.json; null: DATA/rdap).
/// </summary>
internal sealed record TakedownSettings
{
    public string? From { get; init; }

    public string Language { get; init; } = "en";

    public TimeSpan FollowUp { get; init; } = TimeSpan.FromDays(7);

    public string? RdapFolder { get; init; }
}
