namespace Vigie.Enrichment.Rdap;

/// <summary>Who registered a domain and when, from RDAP (or WHOIS when RDAP has no server for it).</summary>
internal sealed record Registration
{
    public required string Domain { get; init; }

    /// <summary>"rdap" or "whois".</summary>
    public required string Source { get; init; }

    public required string Server { get; init; }

    public string? Registrar { get; init; }

    public DateTimeOffset? Created { get; init; }

    public DateTimeOffset? Expires { get; init; }

    public IReadOnlyList<string> Statuses { get; init; } = [];

    public string? AbuseEmail { get; init; }

    public IReadOnlyList<string> NameServers { get; init; } = [];

    /// <summary>The registrant's organisation (its name when no organisation is given), as published: often redacted.</summary>
    public string? RegistrantOrganisation { get; init; }
}
