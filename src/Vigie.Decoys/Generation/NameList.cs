namespace Vigie.Decoys.Generation;

/// <summary>First and last names of one language (Data/README.md), most frequent first.</summary>
internal sealed record NameList(IReadOnlyList<string> First, IReadOnlyList<string> Last)
{
    public static readonly IReadOnlyList<string> Languages = ["fr", "en"];

    private static readonly Lazy<NameList> French = new(() => new(EmbeddedLists.Read("fr-first.txt"), EmbeddedLists.Read("fr-last.txt")));
    private static readonly Lazy<NameList> English = new(() => new(EmbeddedLists.Read("en-first.txt"), EmbeddedLists.Read("en-last.txt")));

    public static NameList For(string language) => language switch
    {
        "fr" => French.Value,
        "en" => English.Value,
        _ => throw new ArgumentException($"--lang: '{language}' is not one of fr, en"),
    };
}
