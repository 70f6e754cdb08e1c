namespace Vigie.Storage.Users;

/// <summary>What a user may do: read (viewer), also triage and edit watchlists (analyst), also manage users and tokens (admin).</summary>
internal enum UserRole
{
    Viewer,
    Analyst,
    Admin,
}
