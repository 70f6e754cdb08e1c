namespace Vigie.Storage.Users;

/// <summary>What an API token allows: reading, or also the changes its user's role allows.</summary>
internal enum TokenScope
{
    Read,
    Write,
}
