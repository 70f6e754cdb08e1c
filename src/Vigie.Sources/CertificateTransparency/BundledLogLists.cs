using System.Text;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>The copies in Data/ (see its README): the key that checks Google's list, and both lists as an offline fallback.</summary>
internal static class BundledLogLists
{
    public static string GooglePublicKeyPem => Encoding.ASCII.GetString(Read("google-log-list-pubkey.pem"));

    public static byte[] GoogleList => Read("google-all-logs-list.json");

    public static byte[] GoogleSignature => Read("google-all-logs-list.sig");

    public static byte[] AppleList => Read("apple-current-log-list.json");

    private static byte[] Read(string name)
    {
        using var stream = typeof(BundledLogLists).Assembly.GetManifestResourceStream("Vigie.Sources.CertificateTransparency." + name)
            ?? throw new InvalidOperationException($"embedded data file missing from Vigie.Sources: {name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
