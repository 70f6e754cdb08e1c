using Vigie.Core.Unicode;

namespace Vigie.Core.Permutations;

/// <summary>
/// The IDN registration policies Vigie knows, by TLD. Each entry names its source; a TLD not listed gets
/// <see cref="Default"/>. Reduced to what matters for look-alikes: allowed characters or scripts, and mixing.
/// </summary>
internal static class IdnPolicies
{
    /// <summary>
    /// Unknown TLDs: any script, one per label. ICANN's Guidelines for the Implementation of IDNs (v4.0, 2018),
    /// which gTLD registries must follow, forbid mixing scripts in a label; ccTLDs mostly follow them.
    /// </summary>
    public static IdnPolicy Default { get; } = new("ICANN IDN Implementation Guidelines v4.0", null, null, SingleScript: true);

    // Verisign: an IDN in .com/.net carries a language tag and is checked against that language's table at
    // IANA (iana.org/domains/idn-tables, "com"/"net"); a label uses one script. Every script has a table.
    private static readonly IdnPolicy Verisign = new("Verisign (.com/.net IDN language tables, IANA IDN repository)", null, null, SingleScript: true);

    // Public Interest Registry: .org IDN tables per language at IANA (Latin-script European languages,
    // Cyrillic, Chinese, Korean, …); one table, hence one script, per label.
    private static readonly IdnPolicy Pir = new("Public Interest Registry (.org IDN tables, IANA IDN repository)", null, null, SingleScript: true);

    // AFNIC, Charte de nommage (naming policy) of .fr, "caractères autorisés" since IDNs opened on 3 July 2012:
    // exactly these 30 characters beyond a-z, 0-9 and hyphen.
    private static readonly IdnPolicy Afnic = new("AFNIC .fr naming policy (30 French characters)", "àáâãäåæçèéêëìíîïñòóôõöùúûüýÿœß", null, SingleScript: true);

    // DENIC, domain guidelines (.de IDN character list, 2004, extended 2010 with ß): the 93 Latin letters of
    // Latin-1 Supplement and Latin Extended-A; characters IDNA 2008 disallows (ŉ, ĳ, ŀ, ſ) are refused anyway.
    private static readonly IdnPolicy Denic = new(
        "DENIC .de IDN character list (Latin-1 Supplement and Latin Extended-A letters)",
        "ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĸĺļľłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž",
        null,
        SingleScript: true);

    // EURid, .eu Domain Name Registration Policy and IDN rules (2009): characters of the EU's official languages,
    // in Latin, Greek or Cyrillic script, never mixed in one label.
    private static readonly IdnPolicy Eurid = new(
        "EURid .eu registration policy (Latin, Greek, Cyrillic; no mixing)",
        null,
        new HashSet<UnicodeScript> { UnicodeScript.Latin, UnicodeScript.Greek, UnicodeScript.Cyrillic },
        SingleScript: true);

    // Nominet, rules for .uk registrations: letters a-z, digits and hyphens only; .uk has never opened IDNs.
    private static readonly IdnPolicy Nominet = new("Nominet .uk rules (ASCII only, no IDN)", string.Empty, null, SingleScript: true);

    public static IdnPolicy For(ReadOnlySpan<char> tld) => tld switch
    {
        "com" or "net" => Verisign,
        "org" => Pir,
        "fr" => Afnic,
        "de" => Denic,
        "eu" => Eurid,
        "uk" => Nominet,
        _ => Default,
    };
}
