using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Vigie.TestSupport;

namespace Vigie.Exports.Tests.Support;

/// <summary>
/// A local RDAP server for addresses (RFC 9083 §5.4 "ip network" objects) beside <c>RdapLabServer</c>'s domains:
/// the IPv4 network puts its abuse entity at the top, as RIPE NCC does; the IPv6 one nests it under the registrant,
/// as ARIN does. Its bootstrap file (RFC 9224 §5) names it for 192.0.2.0/24 and 2001:db8::/32.
/// </summary>
internal sealed class RdapIpLabServer : IAsyncDisposable
{
    private const string Ipv4Network = """
        {"objectClassName":"ip network","handle":"192.0.2.0 - 192.0.2.255","startAddress":"192.0.2.0","endAddress":"192.0.2.255",
         "ipVersion":"v4","name":"LAB-HOSTING-NET","type":"ASSIGNED PA","country":"FR","rdapConformance":["rdap_level_0"],
         "entities":[{"objectClassName":"entity","handle":"LH1-LAB","roles":["registrant"],
                      "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Lab Hosting SAS"],["kind",{},"text","org"]]]},
                     {"objectClassName":"entity","handle":"ABUSE-LH","roles":["abuse"],
                      "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Abuse desk"],["kind",{},"text","group"],["email",{},"text","abuse@hosting.test"]]]}]}
        """;

    private const string Ipv6Network = """
        {"objectClassName":"ip network","handle":"NET6-2001-DB8-1","startAddress":"2001:db8::","endAddress":"2001:db8:ffff:ffff:ffff:ffff:ffff:ffff",
         "ipVersion":"v6","name":"LAB-CLOUD-V6","rdapConformance":["rdap_level_0"],
         "entities":[{"objectClassName":"entity","handle":"LC-1","roles":["registrant"],
                      "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Lab Cloud Inc."]]],
                      "entities":[{"objectClassName":"entity","handle":"LC-ABUSE","roles":["abuse"],
                                   "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Lab Cloud Abuse"],["email",{},"text","abuse@cloud.test"]]]}]}]}
        """;

    private readonly WebApplication app;

    private RdapIpLabServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        Base = baseAddress;
    }

    public Uri Base { get; }

    public string Bootstrap => $$"""
        {"version":"1.0","publication":"2026-11-28T18:00:02Z","description":"lab",
         "services":[[["192.0.2.0/24"],["{{Base}}rdap/"]],[["2001:db8::/32"],["{{Base}}rdap/"]]]}
        """;

    public static async Task<RdapIpLabServer> StartAsync()
    {
        var (app, baseAddress) = await LoopbackWebHost.StartAsync(context =>
        {
            var path = context.Request.Path.Value ?? "";
            context.Response.ContentType = "application/rdap+json";
            var body = path.StartsWith("/rdap/ip/192.0.2.", StringComparison.Ordinal) ? Ipv4Network
                : path.StartsWith("/rdap/ip/2001:db8:", StringComparison.Ordinal) ? Ipv6Network
                : null;
            if (body is null)
            {
                context.Response.StatusCode = 404;
                return Task.CompletedTask;
            }

            return context.Response.WriteAsync(body);
        });
        return new RdapIpLabServer(app, baseAddress);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
