using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Vigie.TestSupport;

namespace Vigie.Enrichment.Tests.Rdap;

/// <summary>
/// A local RDAP server: the bootstrap file at /bootstrap.json and domain objects under /rdap/domain/ (en-rnarche.fr,
/// and the objects a test gives).
/// </summary>
internal sealed class RdapLabServer : IAsyncDisposable
{
    public const string DomainObject = """
        {"objectClassName":"domain","ldhName":"en-rnarche.fr","handle":"DOM000001",
         "status":["client transfer prohibited","active"],
         "events":[{"eventAction":"registration","eventDate":"2026-11-20T09:14:00Z"},
                   {"eventAction":"expiration","eventDate":"2027-11-20T09:14:00Z"},
                   {"eventAction":"last update of RDAP database","eventDate":"2026-11-29T00:00:00Z"}],
         "entities":[{"objectClassName":"entity","roles":["registrar"],
           "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Example Registrar SAS"]]],
           "entities":[{"objectClassName":"entity","roles":["abuse"],
             "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Abuse"],["email",{},"text","abuse@registrar.test"]]]}]}],
         "nameservers":[{"objectClassName":"nameserver","ldhName":"NS1.PARKING.TEST"},{"objectClassName":"nameserver","ldhName":"ns2.parking.test"}]}
        """;

    private readonly WebApplication app;
    private readonly IReadOnlyDictionary<string, string> domains;

    private RdapLabServer(WebApplication app, IReadOnlyDictionary<string, string> domains)
    {
        this.app = app;
        this.domains = domains;
    }

    public Uri Base { get; private init; } = null!;

    public string Bootstrap => $$"""
        {"version":"1.0","publication":"2026-11-28T18:00:02Z","description":"lab",
         "services":[[["fr","re"],["{{Base}}rdap/"]],[["broken"],["{{Base}}broken/"]]]}
        """;

    /// <summary>Starts on a free port; <paramref name="domains"/> maps more domain names to their RDAP domain objects.</summary>
    public static async Task<RdapLabServer> StartAsync(IReadOnlyDictionary<string, string>? domains = null)
    {
        RdapLabServer? server = null;
        var (app, baseAddress) = await LoopbackWebHost.StartAsync(context => server!.ServeAsync(context));
        server = new RdapLabServer(app, domains ?? new Dictionary<string, string>()) { Base = baseAddress };
        return server;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        context.Response.ContentType = "application/rdap+json";
        if (path == "/bootstrap.json")
        {
            return context.Response.WriteAsync(Bootstrap);
        }

        if (path == "/rdap/domain/en-rnarche.fr")
        {
            return context.Response.WriteAsync(DomainObject);
        }

        if (path!.StartsWith("/rdap/domain/", StringComparison.Ordinal) && domains.TryGetValue(path["/rdap/domain/".Length..], out var domain))
        {
            return context.Response.WriteAsync(domain);
        }

        context.Response.StatusCode = path.StartsWith("/broken/", StringComparison.Ordinal) ? 503 : 404;
        return Task.CompletedTask;
    }
}
