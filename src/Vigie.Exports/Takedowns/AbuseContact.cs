namespace Vigie.Exports.Takedowns;

/// <summary>
/// Where an abuse report goes: <paramref name="Role"/> "registrar" (from RDAP for the domain) or "hosting" (from RDAP
/// for one of its addresses), the address, whose it is, and what it was found from (the RDAP server and query).
/// </summary>
internal sealed record AbuseContact(string Role, string Email, string? Holder, string Source);
