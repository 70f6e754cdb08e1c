namespace Vigie.Core.Scoring;

/// <summary>
/// Operators whose name servers or mail exchangers serve millions of unrelated domains: sharing them with a
/// genuine domain says nothing about who owns a name. Chosen from W3Techs' usage statistics of DNS server and
/// e-mail server providers, the registrars' default name servers, and the parking providers the page analysis
/// recognises.
/// </summary>
internal static class SharedProviders
{
    private static readonly HashSet<string> Parking = new(StringComparer.Ordinal)
    {
        "sedoparking.com", "bodis.com", "parkingcrew.net", "above.com", "afternic.com", "dan.com", "dns-parking.com",
        "parklogic.com", "namebrightdns.com",
    };

    private static readonly HashSet<string> NameServerOperators = new(Parking, StringComparer.Ordinal)
    {
        "cloudflare.com", "domaincontrol.com", "registrar-servers.com", "googledomains.com", "azure-dns.com",
        "azure-dns.net", "azure-dns.org", "azure-dns.info", "nsone.net", "dynect.net", "ultradns.com", "ultradns.net",
        "ultradns.org", "ultradns.biz", "ultradns.info", "akam.net", "ovh.net", "gandi.net", "worldnic.com",
        "ui-dns.com", "ui-dns.de", "ui-dns.org", "ui-dns.biz", "name.com", "dnsimple.com", "dnsmadeeasy.com",
        "linode.com", "digitalocean.com", "hetzner.com", "wixdns.net", "squarespacedns.com", "hostgator.com",
        "bluehost.com", "dreamhost.com", "porkbun.com", "dynadot.com", "namesilo.com", "hover.com", "he.net",
        "afraid.org", "vercel-dns.com", "hostinger.com", "one.com", "ionos.com", "inwx.de", "easydns.com",
        "cloudns.net", "netlify.com", "siteground.net", "strato.de",
    };

    private static readonly HashSet<string> MailOperators = new(Parking, StringComparer.Ordinal)
    {
        "google.com", "googlemail.com", "outlook.com", "hotmail.com", "icloud.com", "yahoodns.net", "zoho.com",
        "zoho.eu", "zohomail.com", "protonmail.ch", "proton.me", "ovh.net", "gandi.net", "secureserver.net",
        "registrar-servers.com", "pphosted.com", "ppe-hosted.com", "mimecast.com", "messagelabs.com",
        "barracudanetworks.com", "iphmx.com", "amazonaws.com", "mailgun.org", "sendgrid.net", "yandex.net",
        "yandex.ru", "mail.ru", "kundenserver.de", "ionos.com", "one.com", "hostinger.com", "titan.email",
        "improvmx.com", "forwardemail.net", "cloudflare.net", "messagingengine.com", "mailbox.org", "migadu.com",
        "emailsrvr.com", "hostedemail.com", "mxrouting.net",
    };

    /// <summary>The name server <paramref name="host"/> is run by an operator many unrelated domains use.</summary>
    public static bool IsSharedNameServer(string host) =>
        // Amazon Route 53 spreads its delegation sets over awsdns-00.com … awsdns-63.org.
        Under(host, NameServerOperators) || host.Split('.').Any(l => l.StartsWith("awsdns-", StringComparison.Ordinal));

    /// <summary>The mail exchanger <paramref name="host"/> is run by an operator many unrelated domains use.</summary>
    public static bool IsSharedMailExchanger(string host) => Under(host, MailOperators);

    /// <summary>
    /// The host is an operator's domain or under it. Compared label by label rather than through the public suffix
    /// list, which lists some operators' own zones as suffixes (cloud regions under amazonaws.com).
    /// </summary>
    private static bool Under(string host, HashSet<string> operators)
    {
        for (var at = 0; at >= 0; at = host.IndexOf('.', at) is var dot and >= 0 ? dot + 1 : -1)
        {
            if (operators.Contains(host[at..]))
            {
                return true;
            }
        }

        return false;
    }
}
