namespace Vigie.Core.Scoring;

/// <summary>
/// One sign that a flagged name belongs to the brand itself (README.md, "vigie investigate", "Verdicts").
/// </summary>
/// <param name="Kind">What is shared.</param>
/// <param name="Genuine">The genuine domain the name shares it with.</param>
/// <param name="Shared">The shared values: name servers, mail exchangers or the organisation.</param>
/// <param name="Strong">
/// True when the name's owner cannot have made it up: the organisation of a certificate a trusted CA issued for
/// the name, or a name server under the genuine domain that serves the name's zone. Other name servers, mail exchangers, a self-signed certificate's subject and the registrant field are
/// written by whoever controls the name, so they count only when the page shows no phishing.
/// </param>
/// <param name="Reason">The evidence in plain words.</param>
internal sealed record OwnershipEvidence(OwnershipEvidenceKind Kind, string Genuine, IReadOnlyList<string> Shared, bool Strong, string Reason);
