using System.Text;

namespace Vigie.Storage.Database;

/// <summary>
/// Enum values as stored and as the API spells them: snake_case of the member name (ConfirmedPhishing →
/// "confirmed_phishing"), so a renamed member is a visible migration, never a silent change of meaning.
/// </summary>
internal static class StoredEnum<T>
    where T : struct, Enum
{
    private static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(v => v, v => SnakeCase(v.ToString()));
    private static readonly Dictionary<string, T> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => Values.Keys;

    public static string Format(T value) => Names[value];

    public static T Parse(string text) =>
        Values.TryGetValue(text, out var value) ? value : throw new FormatException($"'{text}' is not one of {string.Join(", ", Values.Keys)}");

    public static bool TryParse(string text, out T value) => Values.TryGetValue(text, out value);

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
