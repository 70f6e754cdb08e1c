namespace Vigie.Cli;

/// <summary>
/// Where Vigie keeps its state by default: $XDG_DATA_HOME/vigie, else ~/.local/share/vigie (what .NET maps
/// LocalApplicationData to on Linux). One SQLite database for scan, watch and ct logs; evidence and RDAP beside it.
/// </summary>
internal static class DataPaths
{
    public static string Database => In("vigie.db");

    /// <summary>The IANA RDAP bootstrap file (dns.json) the investigations read.</summary>
    public static string RdapBootstrap => In(Path.Combine("rdap", "dns.json"));

    public static string In(string name) =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "vigie", name);
}
