namespace Vigie.Storage.Users;

/// <summary>
/// Someone who signs in to the dashboard. <paramref name="PasswordHash"/> is ASP.NET Core Identity's PasswordHasher
/// output, made by the web layer; <paramref name="SecurityStamp"/> changes with the password, so that sessions signed
/// with the old one can be refused. <paramref name="Language"/>: "en", "fr", or null for the browser's choice.
/// </summary>
internal sealed record User(
    long Id,
    string Name,
    string PasswordHash,
    string SecurityStamp,
    UserRole Role,
    int FailedSignIns,
    DateTimeOffset? LockedUntil,
    string? Language,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
