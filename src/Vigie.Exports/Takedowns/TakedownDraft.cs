using MimeKit;

namespace Vigie.Exports.Takedowns;

/// <summary>
/// A drafted abuse report for one finding: the message (To: every abuse contact, the evidence zip attached), the
/// contacts it goes to, and what could not be found (a registrar without an abuse address, a missing bootstrap file).
/// </summary>
internal sealed record TakedownDraft(long FindingId, MimeMessage Message, IReadOnlyList<AbuseContact> Contacts, IReadOnlyList<string> Problems, string Language);
