using NATS.Client.Core;

namespace Vigie.Web.Cluster;

/// <summary>The NATS connection of one `vigie serve` process, from the `nats:` section; named after its role in the server's monitoring.</summary>
internal static class NatsConnector
{
    public static NatsConnection Create(NatsSettings settings, ServeRole role) => new(new NatsOpts
    {
        Url = string.Join(',', settings.Urls.Select(u => u.GetLeftPart(UriPartial.Authority))),
        Name = $"vigie-{role.Name()}-{Environment.MachineName}-{Environment.ProcessId}",
        // A worker started before the servers (or during their restart) waits for them instead of failing its start.
        RetryOnInitialConnect = true,
        AuthOpts = new NatsAuthOpts
        {
            CredsFile = settings.CredsFile,
            Username = settings.User,
            Password = settings.Password,
            Token = settings.Token,
        },
        TlsOpts = new NatsTlsOpts
        {
            CaFile = settings.TlsCa,
            CertFile = settings.TlsCert,
            KeyFile = settings.TlsKey,
            Mode = settings.TlsCa is not null || settings.Urls.Any(u => u.Scheme == "tls") ? TlsMode.Require : TlsMode.Auto,
        },
    });
}
