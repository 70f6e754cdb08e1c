namespace Vigie.Storage.Investigations;

/// <summary>The JSON form of an investigation (README.md, "vigie investigate", "JSON"); field names are part of the interface.</summary>
internal sealed record InvestigateJson(
    string Domain,
    string Verdict,
    int Score,
    IReadOnlyList<string> Reasons,
    string? MatchedAsset,
    int MatchScore,
    string? MatchExplanation,
    IReadOnlyList<string> Addresses,
    IReadOnlyList<string> MailExchangers,
    IReadOnlyList<string> NameServers,
    IReadOnlyList<InvestigateOwnershipJson> BrandsOwnEvidence,
    InvestigateHttpJson? Http,
    bool CredentialForm,
    bool PostsOffSite,
    bool TwoStepLogin,
    IReadOnlyList<string> Secrets,
    bool SecretsOutsideForms,
    string? ClaimedBrand,
    IReadOnlyList<string> ClaimSignals,
    IReadOnlyList<string> BrandMentions,
    IReadOnlyList<string> HotLinkedFromGenuine,
    string? ParkingProvider,
    string? Title,
    string? FaviconSha256,
    int? FaviconMmh3,
    string? ScreenshotSha256,
    string? ScreenshotError,
    string? CopyOf,
    int? Similarity,
    string? ClosestGenuinePage,
    InvestigateRegistrationJson? Registration,
    string? RegistrationError,
    IReadOnlyList<string> Refused,
    string? Evidence);

internal sealed record InvestigateHttpJson(
    string RequestedUrl,
    string FinalUrl,
    int Status,
    IReadOnlyList<string> Redirects,
    string? ContentType,
    int BodyBytes,
    bool BodyTruncated,
    bool Download,
    bool TimedOut,
    string? Error,
    IReadOnlyList<InvestigateCertificateJson> Certificates);

internal sealed record InvestigateCertificateJson(
    string Host, string Subject, string Issuer, string? Organisation, DateTimeOffset NotBefore, DateTimeOffset NotAfter, IReadOnlyList<string> Names, string Sha256, string ValidationErrors);

internal sealed record InvestigateRegistrationJson(
    string Source, string Server, string? Registrar, DateTimeOffset? Created, DateTimeOffset? Expires, IReadOnlyList<string> Statuses, string? AbuseEmail, IReadOnlyList<string> NameServers,
    string? RegistrantOrganisation);

/// <summary>One brand's-own sign: kind (name_servers, mail_exchangers, certificate_organisation, registrant_organisation), the genuine domain, what is shared.</summary>
internal sealed record InvestigateOwnershipJson(string Kind, string Genuine, IReadOnlyList<string> Shared, bool Strong, string Reason);
