namespace Vigie.Core.Scoring;

/// <summary>
/// Compares what a flagged name and a genuine domain show of their owner (README.md, "vigie investigate",
/// "Brand's own"). Name servers or mail exchangers count when one of the shared hosts lies under the genuine
/// domain itself (ns1.brand.com serving brand-login.com), or when the two sets are identical; never when a
/// shared operator runs them (<see cref="SharedProviders"/>): a brand and a phisher can both use Cloudflare or
/// Google Workspace. A partial overlap with a dedicated provider is not counted: defensive registrations are
/// normally delegated exactly like the main domain.
/// </summary>
internal static class OwnershipRules
{
    /// <summary>
    /// Registrant values that hide the registrant (privacy services, GDPR redaction, RFC 9537): equal across
    /// unrelated domains, so never evidence.
    /// </summary>
    private static readonly string[] Placeholders =
        ["privacy", "redacted", "withheld", "proxy", "identity protect", "not disclosed", "gdpr", "masked", "data protected"];

    public static IReadOnlyList<OwnershipEvidence> Compare(OwnershipSignals suspect, OwnershipSignals genuine)
    {
        var evidence = new List<OwnershipEvidence>();
        if (SharedHosts(suspect.NameServers, genuine.NameServers, genuine.Domain, SharedProviders.IsSharedNameServer) is { } ns)
        {
            evidence.Add(new(OwnershipEvidenceKind.NameServers, genuine.Domain, ns, false, $"shares the name servers of {genuine.Domain} ({string.Join(", ", ns)})"));
        }

        if (SharedHosts(suspect.MailExchangers, genuine.MailExchangers, genuine.Domain, SharedProviders.IsSharedMailExchanger) is { } mx)
        {
            evidence.Add(new(OwnershipEvidenceKind.MailExchangers, genuine.Domain, mx, false, $"shares the mail exchangers of {genuine.Domain} ({string.Join(", ", mx)})"));
        }

        if (SameOrganisation(suspect.CertificateOrganisation, genuine.CertificateOrganisation) is { } o)
        {
            var untrusted = suspect.CertificateTrusted ? "" : " (its certificate is not from a trusted authority)";
            evidence.Add(new(OwnershipEvidenceKind.CertificateOrganisation, genuine.Domain, [o], suspect.CertificateTrusted,
                $"its certificate names the same organisation as {genuine.Domain}'s: {o}{untrusted}"));
        }

        if (SameOrganisation(suspect.RegistrantOrganisation, genuine.RegistrantOrganisation) is { } r && !IsPlaceholder(r))
        {
            evidence.Add(new(OwnershipEvidenceKind.RegistrantOrganisation, genuine.Domain, [r], false, $"registered by the same organisation as {genuine.Domain} (RDAP): {r}"));
        }

        return evidence;
    }

    /// <summary>
    /// The name is the brand's own: strong evidence always; weak evidence (what the name's owner writes itself: its
    /// DNS, its registrant field, a self-signed certificate's subject) only when the page is not phishing, which a
    /// phisher could otherwise hide behind the brand's mail exchangers.
    /// </summary>
    public static bool Decides(IReadOnlyList<OwnershipEvidence> evidence, bool pageLooksLikePhishing) =>
        evidence.Any(e => e.Strong) || (evidence.Count > 0 && !pageLooksLikePhishing);

    /// <summary>The host is <paramref name="domain"/> or a name under it.</summary>
    public static bool IsUnder(string host, string domain) =>
        host.Equals(domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Name-server evidence made strong: <paramref name="server"/>, under the genuine domain, answered a question about
    /// the name's zone with authority. The name's owner can list any server in its zone and at its registry, but
    /// only the brand can make its own servers serve the zone.
    /// </summary>
    public static OwnershipEvidence AnsweredWithAuthority(OwnershipEvidence evidence, string server) =>
        evidence with { Strong = true, Reason = $"{evidence.Reason}, and {server} answers for it with authority" };

    /// <summary>The shared hosts when they are evidence, else null.</summary>
    private static List<string>? SharedHosts(IReadOnlyList<string> suspect, IReadOnlyList<string> genuine, string genuineDomain, Func<string, bool> isShared)
    {
        var shared = suspect.Intersect(genuine, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var own = shared.Where(h => !isShared(h)).ToList();
        if (own.Any(h => IsUnder(h, genuineDomain)))
        {
            return own;
        }

        var identical = shared.Count > 0 && own.Count == shared.Count
            && shared.Count == suspect.Distinct(StringComparer.OrdinalIgnoreCase).Count()
            && shared.Count == genuine.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return identical ? shared : null;
    }

    private static string? SameOrganisation(string? suspect, string? genuine)
    {
        var a = Normalise(suspect);
        return a.Length > 0 && string.Equals(a, Normalise(genuine), StringComparison.OrdinalIgnoreCase) ? suspect!.Trim() : null;
    }

    private static string Normalise(string? organisation) =>
        string.Join(' ', (organisation ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');

    private static bool IsPlaceholder(string organisation) =>
        organisation.Length < 3 || organisation.Equals("none", StringComparison.OrdinalIgnoreCase)
        || Placeholders.Any(p => organisation.Contains(p, StringComparison.OrdinalIgnoreCase));
}
