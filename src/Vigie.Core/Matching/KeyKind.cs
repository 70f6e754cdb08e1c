namespace Vigie.Core.Matching;

/// <summary>What an indexed string stands for.</summary>
internal enum KeyKind
{
    /// <summary>A watched label or brand ("en-marche", "macron"): exact, typo, skeleton and substring lookups.</summary>
    Label,

    /// <summary>A watched label with its hyphens removed ("enmarche").</summary>
    Hyphenless,

    /// <summary>A dotted asset with its dots turned into hyphens ("onedrive-en-marche", "en-marche-fr").</summary>
    Flattened,

    /// <summary>A label run together with its suffix ("en-marchefr", "metamaskio").</summary>
    SuffixJoined,

    /// <summary>A whole watched domain ("en-marche.fr"), looked for at the start of a longer name.</summary>
    FullDomain,

    /// <summary>A word phishing names glue to a brand ("login", "wallet"): Data/service-words.txt.</summary>
    ServiceWord,

    /// <summary>
    /// A word `vigie permute` glues to a brand that is no service word of the matcher (its combosquat and dictionary
    /// words: "outlook", "auth"): only marks where a short brand may stand beside it ("kasoutlook").
    /// </summary>
    ComboWord,
}
