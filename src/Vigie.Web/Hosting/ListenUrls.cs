using System.Net;

namespace Vigie.Web.Hosting;

/// <summary>
/// The addresses Kestrel listens on: http only (TLS belongs to a reverse proxy, README "vigie serve"), an IP address
/// or localhost, and a port. A listener on every interface is allowed but must be asked for by name (0.0.0.0, [::]).
/// </summary>
internal static class ListenUrls
{
    public static IReadOnlyList<string> Check(IEnumerable<string> urls, string where)
    {
        var checkedUrls = new List<string>();
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/" || uri.Query.Length > 0)
            {
                throw new ServeConfigException($"{where}: '{url}' is not an address like http://127.0.0.1:8080 (https: put a TLS reverse proxy in front, README \"vigie serve\")");
            }

            if (uri.Host != "localhost" && !IPAddress.TryParse(uri.Host.Trim('[', ']'), out _))
            {
                throw new ServeConfigException($"{where}: '{url}': listen on an IP address (127.0.0.1, [::1], 0.0.0.0), not a host name");
            }

            checkedUrls.Add($"http://{uri.Authority}");
        }

        return checkedUrls.Count > 0 ? checkedUrls : throw new ServeConfigException($"{where}: no address to listen on");
    }
}
