namespace Vigie.Enrichment.Pages;

/// <summary>What a page shows that matters for a verdict.</summary>
internal sealed record PageAnalysis
{
    public string Title { get; init; } = "";

    /// <summary>The forms that ask for an identity or a secret, and where they send them.</summary>
    public IReadOnlyList<CredentialForm> CredentialForms { get; init; } = [];

    /// <summary>The secrets asked for anywhere in the page, inside a form or not.</summary>
    public SecretKinds Secrets { get; init; }

    /// <summary>A secret field outside any form: sent by script, as kits do to escape form-based detection.</summary>
    public bool SecretsOutsideForms { get; init; }

    /// <summary>An identifier field without a password field, the first step of a two-step (e-mail, then password) sign-in.</summary>
    public bool TwoStepLogin { get; init; }

    /// <summary>The brand names found in the title, text, image descriptions or links.</summary>
    public IReadOnlyList<string> BrandMentions { get; init; } = [];

    /// <summary>The watched brand the page presents itself as, or null.</summary>
    public BrandClaim? Claim { get; init; }

    public KitFingerprints Kit { get; init; } = KitFingerprints.None;

    /// <summary>Resources (style sheets, scripts, images, icons) loaded straight from a genuine site: kits hot-link them.</summary>
    public IReadOnlyList<Uri> HotLinkedFromGenuine { get; init; } = [];

    /// <summary>The parking provider recognised, or null.</summary>
    public string? ParkingProvider { get; init; }

    /// <summary>The icon the page declares (or /favicon.ico), absolute.</summary>
    public Uri? IconUrl { get; init; }

    /// <summary>The markup could not be parsed within its time budget (hostile nesting); nothing else here is known.</summary>
    public bool Incomplete { get; init; }

    public DomShape Shape { get; init; } = DomShape.Empty;

    public bool HasPasswordForm => Secrets.HasFlag(SecretKinds.Password);

    public bool PostsCredentialsOffSite => CredentialForms.Any(f => f.PostsOffSite && (f.HasPassword || f.HasIdentifier));
}
