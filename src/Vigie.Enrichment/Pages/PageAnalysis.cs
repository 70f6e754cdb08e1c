namespace Vigie.Enrichment.Pages;

/// <summary>What a page shows that matters for a verdict.</summary>
internal sealed record PageAnalysis
{
    public string Title { get; init; } = "";

    public IReadOnlyList<CredentialForm> CredentialForms { get; init; } = [];

    /// <summary>An identifier field without a password field, the first step of a two-step (e-mail, then password) sign-in.</summary>
    public bool TwoStepLogin { get; init; }

    /// <summary>The brand names found in the title, text, image descriptions or links.</summary>
    public IReadOnlyList<string> BrandMentions { get; init; } = [];

    /// <summary>Resources (style sheets, scripts, images, icons) loaded straight from a genuine site: kits hot-link them.</summary>
    public IReadOnlyList<Uri> HotLinkedFromGenuine { get; init; } = [];

    /// <summary>The parking provider recognised, or null.</summary>
    public string? ParkingProvider { get; init; }

    /// <summary>The icon the page declares (or /favicon.ico), absolute.</summary>
    public Uri? IconUrl { get; init; }

    /// <summary>The markup could not be parsed within its time budget (hostile nesting); nothing else here is known.</summary>
    public bool Incomplete { get; init; }

    public DomShape Shape { get; init; } = DomShape.Empty;

    public bool HasPasswordForm => CredentialForms.Any(f => f.HasPassword);

    public bool PostsCredentialsOffSite => CredentialForms.Any(f => f.PostsOffSite && (f.HasPassword || f.HasIdentifier));
}
