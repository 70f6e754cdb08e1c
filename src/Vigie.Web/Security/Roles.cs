namespace Vigie.Web.Security;

/// <summary>
/// The three roles of issue 11: a viewer reads, an analyst also triages and edits watchlists, an admin also manages
/// organisations, users and API tokens. An API token with the read scope acts as a viewer whatever its owner's role.
/// </summary>
internal static class Roles
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Analyst, Admin];

    public static bool IsKnown(string role) => All.Contains(role);
}
