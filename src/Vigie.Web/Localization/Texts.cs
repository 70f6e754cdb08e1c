using System.Collections;
using System.Collections.Frozen;
using System.Resources;

namespace Vigie.Web.Localization;

/// <summary>
/// The interface texts, English (Texts.resx) and French (Texts.fr.resx), read once from the resources embedded in
/// this assembly. Both are kept in the main assembly on purpose (Vigie.Web.csproj): a Native AOT host has no
/// satellite assembly folder beside it.
/// </summary>
internal sealed class Texts
{
    public static readonly IReadOnlyList<string> Languages = ["en", "fr"];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage;

    private Texts(FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage) => this.byLanguage = byLanguage;

    public static Texts Shared { get; } = Load("Vigie.Web.Localization.Texts");

    /// <summary>The weekly digest's texts (Digest/DigestTexts.resx, DigestTexts.fr.resx), apart from the dashboard's.</summary>
    public static Texts Digest { get; } = Load("Vigie.Web.Digest.DigestTexts");

    /// <summary>The English forms of the texts Vigie stores and their translations (StoredTexts.resx; <see cref="StoredSentences"/>).</summary>
    public static Texts Stored { get; } = Load("Vigie.Web.Localization.StoredTexts");

    public IReadOnlyCollection<string> Keys(string language) => byLanguage[language].Keys;

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>; a key missing in French falls back to English.</summary>
    public string Get(string language, string key) =>
        byLanguage.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text) ? text
        : byLanguage["en"].TryGetValue(key, out var english) ? english
        : throw new KeyNotFoundException($"no interface text '{key}'");

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/> (English when French lacks it), or null.</summary>
    public string? TryGet(string language, string key) => byLanguage["en"].ContainsKey(key) ? Get(language, key) : null;

    private static Texts Load(string baseName)
    {
        var assembly = typeof(Texts).Assembly;
        return new Texts(new Dictionary<string, FrozenDictionary<string, string>>
        {
            ["en"] = Read(assembly, baseName + ".resources"),
            ["fr"] = Read(assembly, baseName + ".fr.resources"),
        }.ToFrozenDictionary());
    }

    private static FrozenDictionary<string, string> Read(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"resource {name} is missing from {assembly.GetName().Name}");
        using var reader = new ResourceReader(stream);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in reader)
        {
            texts[(string)entry.Key] = (string)entry.Value!;
        }

        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
