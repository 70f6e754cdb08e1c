namespace Vigie.Decoys.Submission;

/// <summary>
/// A credential form as found on a page: where and how it posts, every field it would send with its value (hidden
/// inputs, the kit's own tokens), and which field takes the user name and which the password. A form with a user
/// field and no password field is the first step of a two-step flow (e-mail, then password).
/// </summary>
internal sealed record LoginForm(Uri Action, string Method, IReadOnlyList<KeyValuePair<string, string>> Fields, string? UserField, string? PasswordField)
{
    public bool IsFirstStep => PasswordField is null;

    /// <summary>The fields as sent: the user name and the password put in their fields.</summary>
    public List<KeyValuePair<string, string>> Filled(string username, string password) =>
        [.. Fields.Select(f => f.Key == UserField ? new KeyValuePair<string, string>(f.Key, username)
            : f.Key == PasswordField ? new KeyValuePair<string, string>(f.Key, password) : f)];
}
