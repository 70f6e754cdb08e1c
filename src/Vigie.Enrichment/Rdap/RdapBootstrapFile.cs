namespace Vigie.Enrichment.Rdap;

/// <summary>
/// The bootstrap file kept on disk and refreshed from the URL the operator configures (IANA publishes it as
/// dns.json; RFC 9224 §7 asks clients to cache it and honour HTTP caching, so a day-old copy is fine).
/// </summary>
internal static class RdapBootstrapFile
{
    public static async Task<RdapBootstrap?> LoadAsync(string path, CancellationToken cancellationToken) =>
        File.Exists(path) ? RdapBootstrap.Parse(await File.ReadAllBytesAsync(path, cancellationToken)) : null;

    /// <summary>Downloads, checks that it parses, then replaces the file in one rename so a reader never sees half of it.</summary>
    public static async Task<RdapBootstrap> RefreshAsync(Uri source, string path, IRdapTransport transport, CancellationToken cancellationToken)
    {
        var (status, body) = await transport.GetAsync(source, cancellationToken);
        if (status != 200)
        {
            throw new IOException($"RDAP bootstrap download from {source} answered HTTP {status}");
        }

        var bootstrap = RdapBootstrap.Parse(body);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, body, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return bootstrap;
    }
}
