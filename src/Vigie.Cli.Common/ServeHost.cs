namespace Vigie.Cli;

/// <summary>
/// The commands of `vigie-serve` (src/Vigie.Serve, the ASP.NET Core host), named once for both executables: `vigie`
/// lists and forwards them (<see cref="ForwardedCommand"/>), `vigie-serve` runs them.
/// </summary>
internal static class ServeHost
{
    public const string Executable = "vigie-serve";

    public const string ServeDescription = "Run the dashboard and the JSON API (and the background sources) until stopped.";

    public const string UserDescription = "Manage the users of the dashboard.";

    /// <summary>`vigie digest` builds the digest of the dashboard (Vigie.Web's Digest) and reads the serve configuration.</summary>
    public const string DigestDescription = "Build the weekly awareness digest: every fake address of the period beside the real one, the trick explained; preview or send it.";

    /// <summary>`vigie takedown` reads the serve configuration's smtp: and takedown: sections (Vigie.Web).</summary>
    public const string TakedownDescription = "Draft the abuse report of a finding to its registrar's and hosting networks' abuse contacts, with the evidence attached.";
}
