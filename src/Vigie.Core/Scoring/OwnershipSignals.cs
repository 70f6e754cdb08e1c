namespace Vigie.Core.Scoring;

/// <summary>What says who runs a domain: its name servers, mail exchangers, certificate subject and registrant.</summary>
/// <param name="Domain">The registrable domain.</param>
/// <param name="NameServers">Host names of its NS records, lower case, no final dot.</param>
/// <param name="MailExchangers">Host names of its MX records (without the preference), lower case, no final dot.</param>
/// <param name="CertificateOrganisation">The organisation (subject O=) of the certificate its HTTPS site presents.</param>
/// <param name="CertificateTrusted">That certificate chains to a trusted root and names the host: a CA checked the organisation.</param>
/// <param name="RegistrantOrganisation">The registrant's organisation in RDAP.</param>
internal sealed record OwnershipSignals(
    string Domain,
    IReadOnlyList<string> NameServers,
    IReadOnlyList<string> MailExchangers,
    string? CertificateOrganisation = null,
    bool CertificateTrusted = false,
    string? RegistrantOrganisation = null);
