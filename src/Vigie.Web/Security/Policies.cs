namespace Vigie.Web.Security;

/// <summary>Authorization policy names; every endpoint needs at least a signed-in user (the fallback policy).</summary>
internal static class Policies
{
    /// <summary>Triage and watchlist edits: analysts and admins (a write-scoped token of one).</summary>
    public const string Analyst = "analyst";

    /// <summary>Organisations, users and tokens.</summary>
    public const string Admin = "admin";

    /// <summary>The rate limiter of the sign-in and first-admin forms.</summary>
    public const string SignInLimit = "sign-in";
}
