namespace Vigie.Alerts;

/// <summary>
/// Names written so that no mail client, chat or ticket system turns them into links someone might click: each dot
/// bracketed, the convention of threat-intel reports and CERT advisories (onedrive-en-marche[.]fr).
/// </summary>
internal static class Defang
{
    public static string Name(string name) => name.Replace(".", "[.]", StringComparison.Ordinal);
}
