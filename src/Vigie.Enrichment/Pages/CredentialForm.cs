namespace Vigie.Enrichment.Pages;

/// <summary>A form that asks for a secret or an identity, and where it sends them.</summary>
internal sealed record CredentialForm(
    Uri? Action,
    bool HasPassword,
    bool HasIdentifier,
    bool PostsOffSite,
    SecretKinds Secrets = SecretKinds.None);
