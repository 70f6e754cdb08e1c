using System.Text.Json;
using Vigie.Core.Scoring;
using Vigie.Enrichment.Investigation;
using Vigie.Enrichment.Pages;

namespace Vigie.Storage.Investigations;

/// <summary>From the report to its JSON form.</summary>
internal static class InvestigateJsonMapper
{
    public static InvestigateJson Map(InvestigationReport r, string? evidence) => new(
        r.Domain,
        VerdictNames.Code(r.Assessment.Verdict),
        r.Assessment.Score,
        r.Assessment.Reasons,
        r.Match?.Target,
        r.Match?.Score ?? 0,
        r.Match?.Explanation,
        r.Addresses,
        r.MailExchangers,
        r.NameServers,
        [.. r.Facts.Ownership.Select(e => new InvestigateOwnershipJson(KindCode(e.Kind), e.Genuine, e.Shared, e.Strong, e.Reason))],
        r.Http is { } h
            ? new InvestigateHttpJson(h.RequestedUrl.ToString(), h.FinalUrl.ToString(), h.Status,
                [.. h.Hops.Where(x => x.Location is not null).Select(x => $"{x.Status} {x.Url}")], h.ContentType, h.Body.Length,
                h.BodyTruncated, h.IsDownload, h.TimedOut, h.Error,
                [.. h.Certificates.Select(c => new InvestigateCertificateJson(c.Host, c.Subject, c.Issuer, c.Organisation, c.NotBefore, c.NotAfter, c.Names, c.Sha256, c.ValidationErrors))])
            : null,
        r.Page?.HasPasswordForm ?? false,
        r.Page?.PostsCredentialsOffSite ?? false,
        r.Page?.TwoStepLogin ?? false,
        SecretCodes(r.Page?.Secrets ?? SecretKinds.None),
        r.Page?.SecretsOutsideForms ?? false,
        r.Page?.Claim?.Brand.Name,
        r.Page?.Claim?.Signals ?? [],
        r.Page?.BrandMentions ?? [],
        [.. (r.Page?.HotLinkedFromGenuine ?? []).Select(u => u.ToString())],
        r.Page?.ParkingProvider,
        r.Page?.Title,
        r.Favicon?.Sha256,
        r.Favicon?.Mmh3,
        r.Screenshot is { PngSha256.Length: > 0 } s ? s.PngSha256 : null,
        r.Screenshot?.Error,
        r.Comparison is { IsCopy: true } c1 ? c1.Genuine.ToString() : null,
        r.Comparison?.Percent,
        r.Comparison?.Genuine.ToString(),
        r.Registration is { } g
            ? new InvestigateRegistrationJson(g.Source, g.Server, g.Registrar, g.Created, g.Expires, g.Statuses, g.AbuseEmail, g.NameServers, g.RegistrantOrganisation)
            : null,
        r.RegistrationError,
        [.. r.Refused.Select(a => $"{a.Host} {a.Address}: {a.Refusal}")],
        evidence);

    /// <summary>The secrets the page asks for, in snake case: password, card_number, card_expiry, card_code, one_time_code…</summary>
    private static List<string> SecretCodes(SecretKinds secrets) =>
    [
        .. Enum.GetValues<SecretKinds>().Where(k => k != SecretKinds.None && secrets.HasFlag(k))
            .Select(k => JsonNamingPolicy.SnakeCaseLower.ConvertName(k.ToString())),
    ];

    private static string KindCode(OwnershipEvidenceKind kind) => kind switch
    {
        OwnershipEvidenceKind.NameServers => "name_servers",
        OwnershipEvidenceKind.MailExchangers => "mail_exchangers",
        OwnershipEvidenceKind.CertificateOrganisation => "certificate_organisation",
        _ => "registrant_organisation",
    };
}
