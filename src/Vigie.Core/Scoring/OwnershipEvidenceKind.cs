namespace Vigie.Core.Scoring;

/// <summary>What a flagged name was found to share with the genuine domain it imitates.</summary>
internal enum OwnershipEvidenceKind
{
    NameServers,
    MailExchangers,
    CertificateOrganisation,
    RegistrantOrganisation,
}
