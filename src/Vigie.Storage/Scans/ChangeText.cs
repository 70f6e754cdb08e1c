namespace Vigie.Storage.Scans;

/// <summary>The stored and printed spelling of a <see cref="NameChange"/>: NEW, ACTIVATED, CHANGED, GONE.</summary>
internal static class ChangeText
{
    public static string Format(NameChange change) => change switch
    {
        NameChange.New => "NEW",
        NameChange.Activated => "ACTIVATED",
        NameChange.Changed => "CHANGED",
        _ => "GONE",
    };

    public static NameChange Parse(string text) => text switch
    {
        "NEW" => NameChange.New,
        "ACTIVATED" => NameChange.Activated,
        "CHANGED" => NameChange.Changed,
        _ => NameChange.Gone,
    };
}
