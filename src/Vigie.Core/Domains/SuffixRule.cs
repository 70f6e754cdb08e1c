namespace Vigie.Core.Domains;

/// <summary>
/// What the Public Suffix List says about one domain string; several kinds can apply to the same
/// string (for example "ck" appears as "*.ck" and, through "!www.ck", as the parent of an exception).
/// </summary>
[Flags]
internal enum SuffixRule : byte
{
    None = 0,

    /// <summary>A plain rule such as "co.uk": the string itself is a public suffix.</summary>
    Normal = 1,

    /// <summary>A rule "*.ck": every child of the string is a public suffix.</summary>
    Wildcard = 2,

    /// <summary>A rule "!www.ck": the string is not a public suffix although a wildcard covers it.</summary>
    Exception = 4,

    /// <summary>Some longer rule ends with this string ("uk" for "co.uk"): a right-to-left walk goes on past it.</summary>
    Parent = 8,
}
