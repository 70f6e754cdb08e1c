namespace Vigie.Core.Scoring;

/// <summary>The observations the verdict is drawn from, reduced to plain facts (no I/O types cross into Core).</summary>
internal sealed record InvestigationFacts
{
    /// <summary>The matcher's score 0–100 for the name, 0 when it matched no asset.</summary>
    public int MatchScore { get; init; }

    public bool Resolves { get; init; }

    public bool HasMx { get; init; }

    /// <summary>An HTTP server answered (any status).</summary>
    public bool WebAnswered { get; init; }

    /// <summary>The name led to an address the policy refuses (private, metadata…): no legitimate public site does that.</summary>
    public bool ForbiddenAddress { get; init; }

    public bool PasswordForm { get; init; }

    public bool PostsCredentialsOffSite { get; init; }

    public bool TwoStepLogin { get; init; }

    public bool BrandMentioned { get; init; }

    public int HotLinkedFromGenuine { get; init; }

    /// <summary>The genuine page this one copies (the clone detector's verdict), or null.</summary>
    public string? CopyOf { get; init; }

    public double CloneSimilarity { get; init; }

    public string? ParkingProvider { get; init; }

    /// <summary>The redirect chain ended on a genuine host.</summary>
    public bool RedirectsToGenuine { get; init; }

    public bool ServesDownload { get; init; }

    /// <summary>Days since registration (RDAP/WHOIS), null when unknown.</summary>
    public int? RegisteredDaysAgo { get; init; }

    public string Tld { get; init; } = "";

    /// <summary>What the name shares with the genuine domains (<see cref="OwnershipRules"/>).</summary>
    public IReadOnlyList<OwnershipEvidence> Ownership { get; init; } = [];
}
