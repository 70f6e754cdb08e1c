using Vigie.Core.Domains;

namespace Vigie.Core.Watchlists;

/// <summary>Checks and normalises watchlist entries one by one, naming the source, line and field of a bad one.</summary>
internal sealed class WatchlistBuilder(string source)
{
    private readonly List<string> _domains = [];
    private readonly List<string> _brands = [];
    private readonly List<string> _subdomains = [];
    private readonly List<string> _services = [];
    private readonly List<string> _loginPages = [];
    private readonly List<string> _allowlist = [];
    private readonly List<string> _serviceDomains = [];

    /// <summary>A domain; one given with a subdomain ("launchpad.ethereum.org") also counts as a known subdomain.</summary>
    public void AddDomain(string text, int line)
    {
        var name = ParseName(text, line, "domains");
        AddOnce(_domains, name.RegistrableDomain);
        if (name.Subdomain.Length > 0)
        {
            AddOnce(_subdomains, name.Ascii);
        }
    }

    public void AddBrand(string text, int line)
    {
        if (!text.Any(char.IsLetterOrDigit))
        {
            throw new WatchlistException($"{Where(line)}, brands: '{text}' has no letter or digit");
        }

        AddOnce(_brands, text.Trim());
    }

    /// <summary>A known subdomain; its registrable domain becomes a watched domain too, since the organisation owns it.</summary>
    public void AddSubdomain(string text, int line)
    {
        var name = ParseName(text, line, "subdomains");
        if (name.Subdomain.Length == 0)
        {
            throw new WatchlistException($"{Where(line)}, subdomains: '{text}' has no subdomain; list it under domains");
        }

        AddOnce(_subdomains, name.Ascii);
        AddOnce(_domains, name.RegistrableDomain);
    }

    public void AddService(string text, int line) => AddOnce(_services, ParseName(text, line, "services").RegistrableDomain);

    /// <summary>Another registrable domain of a service (its <c>also:</c>): the service's own, so never a look-alike.</summary>
    public void AddServiceDomain(string text, int line) => AddOnce(_serviceDomains, ParseName(text, line, "services, also").RegistrableDomain);

    public void AddAllowed(string text, int line) => AddOnce(_allowlist, ParseName(text, line, "allowlist").Ascii);

    public void AddLoginPage(string text, int line)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new WatchlistException($"{Where(line)}, login_pages: '{text}' is not an http(s) URL");
        }

        AddOnce(_loginPages, uri.AbsoluteUri);
    }

    public Watchlist Build(string organisation) =>
        new(organisation, [.. _domains], [.. _brands], [.. _subdomains], [.. _services], [.. _loginPages], [.. _allowlist], [.. _serviceDomains]);

    private DomainName ParseName(string text, int line, string field) =>
        DomainName.TryParse(text, out var name, out var error)
            ? name!
            : throw new WatchlistException($"{Where(line)}, {field}: {error}");

    private string Where(int line) => line > 0 ? $"{source} line {line}" : source;

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }
}
